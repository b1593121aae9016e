"""A listing as the gateway imports it from CSV and sends it to terminals (one JSON record).

The CSV has one row per listing with Japanese column names, in Hello Work's text formats
(``2026年1月8日``, ``1,200``, ``（1）08時30分〜17時15分``, ``土日祝``, ``雇用 労災 健康 厚生``).
:func:`parse_row` turns a row into a record or raises :class:`RowError` naming the column;
:func:`format_row` writes a record back in the same shape.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from content.jobs.codes import (
    CATEGORY_BY_KEY,
    DISCLOSURES,
    EMPLOYMENT_KINDS,
    FULL_PART,
    INSURANCE,
    JOB_CLASSES,
    SHUKYU2,
    TAG_BY_KEY,
    TAGS,
    WAGE_UNITS,
    WEEKDAYS,
    Code,
)

Record = dict[str, Any]

# (CSV column, record key, kind); kinds are parsed by _PARSERS below.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("求人番号", "kyujin_no", "kyujin_no"),
    ("受付年月日", "received", "date"),
    ("紹介期限日", "expires", "date"),
    ("受理安定所", "office_name", "text"),
    ("求人区分", "job_class", "job_class"),
    ("フルタイム・パート", "full_part", "full_part"),
    ("雇用形態", "employment", "employment"),
    ("正社員以外の名称", "employment_name", "opt"),
    ("職種", "title", "text"),
    ("仕事の内容", "description", "text"),
    ("希望職種コード", "category", "category"),
    ("職業分類", "occupation_code", "occupation"),
    ("産業分類", "industry_code", "industry"),
    ("公開範囲", "disclosure", "disclosure"),
    ("事業所番号", "employer_no", "opt"),
    ("事業所名", "employer_name", "opt"),
    ("事業所名カナ", "employer_kana", "opt"),
    ("事業所郵便番号", "employer_postcode", "opt"),
    ("事業所所在地", "employer_address", "opt"),
    ("ホームページ", "homepage", "opt"),
    ("担当者課係名", "contact_section", "opt"),
    ("担当者電話番号", "contact_phone", "opt"),
    ("就業場所都道府県", "work_pref", "pref"),
    ("就業場所市区町村コード", "work_city_code", "city_code"),
    ("就業場所市区町村", "work_city_name", "text"),
    ("就業場所住所", "work_address", "text"),
    ("最寄り駅", "station", "opt"),
    ("沿線", "line", "opt"),
    ("駅から徒歩（分）", "walk_min", "opt_int"),
    ("賃金形態", "wage_unit", "wage_unit"),
    ("賃金下限", "wage_min", "yen"),
    ("賃金上限", "wage_max", "opt_yen"),
    ("基本給下限", "base_pay_min", "opt_yen"),
    ("基本給上限", "base_pay_max", "opt_yen"),
    ("定額的に支払われる手当", "allowances", "opt"),
    ("固定残業代", "fixed_overtime", "flag"),
    ("通勤手当", "commute_allowance", "opt"),
    ("昇給", "raise_text", "opt"),
    ("賞与", "bonus", "flag"),
    ("労働時間制", "hours_system", "opt"),
    ("就業時間", "shifts", "shifts"),
    ("就業時間に関する特記事項", "hours_note", "opt"),
    ("月平均時間外労働時間", "overtime_avg_h", "opt_int"),
    ("休憩時間（分）", "break_min", "opt_int"),
    ("週所定労働日数", "weekly_days", "opt_int"),
    ("休日", "holidays", "holidays"),
    ("休日その他", "holidays_note", "opt"),
    ("週休二日制", "shukyu2", "shukyu2"),
    ("年間休日数", "annual_holidays", "opt_int"),
    ("年齢下限", "age_min", "opt_int"),
    ("年齢上限", "age_max", "opt_int"),
    ("年齢制限の理由", "age_note", "opt"),
    ("学歴", "education", "opt"),
    ("必要な経験等", "experience", "opt"),
    ("必要なPCスキル", "pc_skill", "opt"),
    ("必要な免許・資格", "licenses", "opt"),
    ("試用期間", "trial", "opt"),
    ("加入保険等", "insurance", "insurance"),
    ("求人数", "openings", "int"),
    ("マイカー通勤", "car_commute", "flag"),
    ("転勤の可能性", "transfer", "flag"),
    ("オンライン自主応募", "online_apply", "flag"),
    ("こだわり条件", "tags", "tags"),
    ("求人に関する特記事項", "notes", "opt"),
)
HEADERS: tuple[str, ...] = tuple(c[0] for c in COLUMNS)
REQUIRED_HEADERS = frozenset(HEADERS)

# Fields a terminal may show only when 公開範囲 is "public".
EMPLOYER_FIELDS: tuple[str, ...] = (
    "employer_no",
    "employer_name",
    "employer_kana",
    "employer_postcode",
    "employer_address",
    "homepage",
    "contact_section",
    "contact_phone",
)

_KYUJIN_NO = re.compile(r"(\d{5})-(\d{8})")
_JA_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_SHIFT = re.compile(r"(\d{1,2})時(\d{2})分〜(\d{1,2})時(\d{2})分")
_SHIFT_ISO = re.compile(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")
_LIST_SPLIT = re.compile(r"[、,，\s・]+")


class RowError(ValueError):
    """A CSV row that cannot be imported: the column and the reason, in Japanese."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(f"{column}: {reason}")
        self.column = column
        self.reason = reason


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _code(codes: tuple[Code, ...], value: str, column: str) -> str:
    for c in codes:
        if value in (c.code, c.key, c.label_ja, _nfkc(c.label_ja)):
            return c.key
    allowed = "、".join(f"{c.code} {c.label_ja}" for c in codes)
    raise RowError(column, f"「{value}」は使えません（{allowed}）")


def _date(value: str, column: str) -> str:
    m = _JA_DATE.fullmatch(value)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise RowError(column, f"日付「{value}」が読めません（例 2026年1月8日）") from None


def _int(value: str, column: str) -> int:
    digits = value.replace(",", "").replace("円", "").replace("人", "").replace("日", "")
    if not digits.isdigit():
        raise RowError(column, f"「{value}」は数ではありません")
    return int(digits)


def _flag(value: str, column: str) -> bool:
    if value in ("あり", "可", "1", "有"):
        return True
    if value in ("なし", "不可", "0", "無", ""):
        return False
    raise RowError(column, f"「{value}」は あり／なし ではありません")


def _shifts(value: str, column: str) -> list[list[str]]:
    found = _SHIFT.findall(value) or _SHIFT_ISO.findall(value)
    if not found:
        raise RowError(column, f"就業時間「{value}」が読めません（例 （1）08時30分〜17時15分）")
    out = []
    for h1, m1, h2, m2 in found:
        a, b = (int(h1), int(m1)), (int(h2), int(m2))
        if not (0 <= a[0] <= 29 and 0 <= b[0] <= 29 and a[1] < 60 and b[1] < 60):
            raise RowError(column, f"就業時間「{value}」の時刻が正しくありません")
        out.append([f"{a[0] % 24:02d}:{a[1]:02d}", f"{b[0] % 24:02d}:{b[1]:02d}"])
    return out


def _holidays(value: str, column: str) -> list[str]:
    out = []
    for c in WEEKDAYS:
        if c.label_ja in value:
            out.append(c.key)
    rest = value
    for c in WEEKDAYS:
        rest = rest.replace(c.label_ja, "")
    if rest.replace("曜", "").replace("日", "").replace("他", "").strip(" 、"):
        raise RowError(column, f"休日「{value}」が読めません（例 土日祝）")
    return out


def _insurance(value: str, column: str) -> list[str]:
    out = []
    for part in (p for p in _LIST_SPLIT.split(value) if p):
        for c in INSURANCE:
            if part in (c.label_ja, c.label_ja.removesuffix("保険"), c.code, c.key):
                out.append(c.key)
                break
        else:
            raise RowError(column, f"保険「{part}」は使えません")
    return out


def _tags(value: str, column: str) -> list[str]:
    out = []
    for part in (p for p in re.split(r"[、,，]+", value) if p.strip()):
        part = part.strip()
        for c in TAGS:
            if part in (c.label_ja, _nfkc(c.label_ja), c.key):
                out.append(c.key)
                break
        else:
            raise RowError(column, f"こだわり条件「{part}」は使えません")
    return out


def _checked(pattern: str, message: str) -> Any:
    rx = re.compile(pattern)

    def parse(value: str, column: str) -> str:
        if not rx.fullmatch(value):
            raise RowError(column, message.format(value=value))
        return value

    return parse


def _kyujin_no(value: str, column: str) -> str:
    if _KYUJIN_NO.fullmatch(value):
        return value
    if value.isdigit() and len(value) == 13:
        return f"{value[:5]}-{value[5:]}"
    raise RowError(column, f"求人番号「{value}」は 5桁-8桁 ではありません")


def _category(value: str, column: str) -> str:
    if value in CATEGORY_BY_KEY and "-" in value:
        return value
    raise RowError(column, f"希望職種コード「{value}」は使えません（例 05-01）")


def _text(value: str, column: str) -> str:
    if not value:
        raise RowError(column, "空です")
    return value


_PARSERS: dict[str, Any] = {
    "kyujin_no": _kyujin_no,
    "date": _date,
    "text": _text,
    "opt": lambda v, c: v or None,
    "int": _int,
    "opt_int": lambda v, c: _int(v, c) if v else None,
    "yen": _int,
    "opt_yen": lambda v, c: _int(v, c) if v else None,
    "flag": _flag,
    "job_class": lambda v, c: _code(JOB_CLASSES, v, c),
    "full_part": lambda v, c: _code(FULL_PART, v, c),
    "employment": lambda v, c: _code(EMPLOYMENT_KINDS, v, c),
    "wage_unit": lambda v, c: _code(WAGE_UNITS, v, c),
    "disclosure": lambda v, c: _code(DISCLOSURES, v[:1] if v[:1].isdigit() else v, c),
    "shukyu2": lambda v, c: _code(SHUKYU2, v or "0", c),
    "category": _category,
    "occupation": _checked(r"\d{3}-\d{2}", "職業分類「{value}」は 3桁-2桁 ではありません"),
    "industry": _checked(r"\d{2}", "産業分類「{value}」は 2桁 ではありません"),
    "pref": _checked(r"\d{2}", "都道府県コード「{value}」は 2桁 ではありません"),
    "city_code": _checked(r"\d{5}", "市区町村コード「{value}」は 5桁 ではありません"),
    "shifts": _shifts,
    "holidays": _holidays,
    "insurance": _insurance,
    "tags": _tags,
}


def parse_row(row: Mapping[str, str | None]) -> Record:
    """A CSV row (column → text) as a record; raises :class:`RowError` on the first bad column."""
    record: Record = {}
    for column, key, kind in COLUMNS:
        raw = row.get(column)
        value = (raw or "").replace("\u3000", " ").strip()
        if kind not in ("text", "opt"):
            value = unicodedata.normalize("NFKC", value).replace("~", "〜")
        record[key] = _PARSERS[kind](value, column)
    return check(record)


def check(record: Record) -> Record:
    """Cross-field rules of a record; returns it, raises :class:`RowError`."""
    if record["expires"] < record["received"]:
        raise RowError("紹介期限日", "受付年月日より前です")
    if record["wage_max"] is not None and record["wage_max"] < record["wage_min"]:
        raise RowError("賃金上限", "賃金下限より小さい値です")
    ages = (record["age_min"], record["age_max"])
    if None not in ages and ages[1] < ages[0]:
        raise RowError("年齢上限", "年齢下限より小さい値です")
    if record["openings"] < 1:
        raise RowError("求人数", "1人以上が必要です")
    return record


def public_record(record: Record) -> Record:
    """The record a terminal receives: employer fields removed unless 公開範囲 is public."""
    out = dict(record)
    if out["disclosure"] != "public":
        for key in EMPLOYER_FIELDS:
            out[key] = None
    return out


def _ja_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def _label(codes: tuple[Code, ...], key: str) -> str:
    return next(c.label_ja for c in codes if c.key == key)


def format_row(record: Record) -> dict[str, str]:
    """A record as a CSV row in Hello Work's text formats (the inverse of :func:`parse_row`)."""
    out: dict[str, str] = {}
    for column, key, kind in COLUMNS:
        v = record[key]
        if v is None:
            text = ""
        elif kind == "date":
            text = _ja_date(v)
        elif kind in ("int", "opt_int"):
            text = str(v)
        elif kind in ("yen", "opt_yen"):
            text = f"{v:,}"
        elif kind == "flag":
            text = "あり" if v else "なし"
        elif kind == "job_class":
            text = _label(JOB_CLASSES, v)
        elif kind == "full_part":
            text = _label(FULL_PART, v)
        elif kind == "employment":
            text = _label(EMPLOYMENT_KINDS, v)
        elif kind == "wage_unit":
            text = _label(WAGE_UNITS, v)
        elif kind == "disclosure":
            code = next(c for c in DISCLOSURES if c.key == v)
            text = f"{code.code}．{code.label_ja}"
        elif kind == "shukyu2":
            text = _label(SHUKYU2, v)
        elif kind == "shifts":
            text = "".join(
                f"（{i}）{a[:2]}時{a[3:]}分〜{b[:2]}時{b[3:]}分" for i, (a, b) in enumerate(v, 1)
            )
        elif kind == "holidays":
            text = "".join(c.label_ja for c in WEEKDAYS if c.key in v)
        elif kind == "insurance":
            text = " ".join(c.label_ja for c in INSURANCE if c.key in v)
        elif kind == "tags":
            text = "、".join(TAG_BY_KEY[t].label_ja for t in v)
        else:
            text = str(v)
        out[column] = text
    return out
