"""Code lists of a Hello Work listing, each value with a stable key the interface translates."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """One value of a code list: stable ``key``, Hello Work's ``code`` and its Japanese label."""

    key: str
    code: str
    label_ja: str


@dataclass(frozen=True)
class Category:
    """A node of the 職種 tree (HWIS 希望する職種): two digits, or two digits '-' two digits."""

    key: str
    label_ja: str
    children: tuple[Category, ...] = ()

    @property
    def parent_key(self) -> str | None:
        """The top-level key of a sub-item, None for a top-level category."""
        return self.key.split("-")[0] if "-" in self.key else None


def _by_key(codes: tuple[Code, ...]) -> dict[str, Code]:
    return {c.key: c for c in codes}


# 求人区分: the kind of listing.
JOB_CLASSES: tuple[Code, ...] = (
    Code("general", "1", "一般求人"),
    Code("new_graduate", "2", "新卒・既卒求人"),
    Code("seasonal", "3", "季節求人"),
    Code("migrant", "4", "出稼ぎ求人"),
    Code("disability", "5", "障害のある方のための求人"),
)

# Within 一般 and 障害: full time or part time.
FULL_PART: tuple[Code, ...] = (
    Code("full", "1", "フルタイム"),
    Code("part", "2", "パート"),
)

# 雇用形態, codes 1–7 as on the HWIS search form; 1–4 full time, 5–7 part time.
EMPLOYMENT_KINDS: tuple[Code, ...] = (
    Code("regular", "1", "正社員"),
    Code("non_regular", "2", "正社員以外"),
    Code("dispatch_fixed", "3", "有期雇用派遣労働者"),
    Code("dispatch_open", "4", "無期雇用派遣労働者"),
    Code("part_time", "5", "パート労働者"),
    Code("dispatch_part_fixed", "6", "有期雇用派遣パート"),
    Code("dispatch_part_open", "7", "無期雇用派遣パート"),
)
PART_TIME_EMPLOYMENT = frozenset({"part_time", "dispatch_part_fixed", "dispatch_part_open"})

# 賃金形態.
WAGE_UNITS: tuple[Code, ...] = (
    Code("monthly", "1", "月給"),
    Code("daily", "2", "日給"),
    Code("hourly", "3", "時給"),
)

# Wage minimums offered as filter values, per unit (yen).
WAGE_STEPS: dict[str, tuple[int, ...]] = {
    "hourly": (1100, 1200, 1300, 1500, 2000),
    "daily": (8000, 10000, 12000, 15000),
    "monthly": (180000, 200000, 250000, 300000, 400000),
}


def wage_key(unit: str, minimum: int) -> str:
    """The facet value key of a wage minimum, e.g. ``hourly:1200``."""
    return f"{unit}:{minimum}"


# Bands of working hours, by the start of a shift (and its length for "short").
SHIFT_BANDS: tuple[Code, ...] = (
    Code("morning", "1", "朝から（5時〜10時開始）"),
    Code("daytime", "2", "日中（10時〜16時開始）"),
    Code("evening", "3", "夕方から（16時〜22時開始）"),
    Code("night", "4", "夜勤（22時〜5時開始・日をまたぐ）"),
    Code("short", "5", "短時間（5時間以内）"),
)

# 休日 and days-off conditions offered as filters.
DAYS_OFF: tuple[Code, ...] = (
    Code("sat", "6", "土曜休み"),
    Code("sun", "7", "日曜休み"),
    Code("public_holiday", "8", "祝日休み"),
    Code("two_days_every_week", "1", "完全週休二日制"),
    Code("annual_120", "120", "年間休日120日以上"),
)

# 休日 bits of holidays_mask: Monday = bit 0 … Sunday = bit 6, 祝日 = bit 7.
WEEKDAYS: tuple[Code, ...] = (
    Code("mon", "1", "月"),
    Code("tue", "2", "火"),
    Code("wed", "3", "水"),
    Code("thu", "4", "木"),
    Code("fri", "5", "金"),
    Code("sat", "6", "土"),
    Code("sun", "7", "日"),
    Code("public_holiday", "8", "祝"),
)

# 週休二日制.
SHUKYU2: tuple[Code, ...] = (
    Code("every_week", "1", "毎週"),
    Code("other", "2", "その他"),
    Code("none", "0", "なし"),
)

# 加入保険等.
INSURANCE: tuple[Code, ...] = (
    Code("employment", "1", "雇用保険"),
    Code("accident", "2", "労災保険"),
    Code("health", "3", "健康保険"),
    Code("pension", "4", "厚生年金"),
    Code("public_accident", "5", "公務災害補償"),
    Code("savings", "6", "財形"),
    Code("corporate_pension", "7", "企業年金"),
    Code("retirement_plan", "8", "退職金制度"),
    Code("retirement_mutual", "9", "退職金共済"),
)

# こだわり条件: derived from the listing's fields.
TAGS: tuple[Code, ...] = (
    Code("no_experience", "1", "未経験可"),
    Code("education_any", "2", "学歴不問"),
    Code("age_any", "3", "年齢不問"),
    Code("car_commute", "4", "マイカー通勤可"),
    Code("no_transfer", "5", "転勤なし"),
    Code("near_station", "6", "駅近（徒歩10分以内）"),
    Code("regular_path", "7", "正社員登用あり"),
    Code("no_overtime", "8", "残業なし"),
    Code("bonus", "9", "賞与あり"),
    Code("childcare", "10", "託児施設あり"),
    Code("no_document_screening", "11", "書類選考なし"),
    Code("remote", "12", "在宅勤務"),
    Code("senior_welcome", "13", "60歳以上歓迎"),
)

# 公開範囲.
DISCLOSURES: tuple[Code, ...] = (
    Code("public", "1", "事業所名等を含む求人情報を公開する"),
    Code("seekers_only", "2", "ハローワークの求職者に限定し、事業所名等を含む求人情報を公開する"),
    Code("hidden", "3", "事業所名等を含まない求人情報を公開する"),
)


def _tree(*nodes: tuple[str, str, tuple[str, ...]]) -> tuple[Category, ...]:
    return tuple(
        Category(
            key,
            label,
            tuple(Category(f"{key}-{i:02d}", sub) for i, sub in enumerate(subs, start=1)),
        )
        for key, label, subs in nodes
    )


# 職種 (HWIS 希望する職種): 14 top-level categories with their sub-items.
CATEGORIES: tuple[Category, ...] = _tree(
    (
        "01",
        "事務、管理職",
        ("一般事務", "経理・会計", "総務・人事", "営業事務", "医療事務", "管理職"),
    ),
    ("02", "営業", ("法人営業", "個人営業", "ルート営業", "不動産営業")),
    ("03", "販売", ("店舗販売", "レジ", "食品販売", "コンビニ・スーパー")),
    (
        "04",
        "接客、理美容、調理、サービス",
        ("調理", "調理補助", "ホール", "理容・美容", "ホテル・旅館"),
    ),
    ("05", "介護、福祉", ("介護職員", "訪問介護", "ケアマネジャー", "生活支援員", "介護送迎")),
    ("06", "保育、教育", ("保育士", "保育補助", "学童指導員", "講師")),
    ("07", "医療、看護、保健", ("看護師", "准看護師", "看護助手", "薬剤師", "歯科衛生士")),
    ("08", "製造、修理、保全、検査、印刷", ("製造", "組立", "検査", "機械保全", "印刷")),
    (
        "09",
        "技術職（建設、開発、ＩＴ）、専門職",
        ("プログラマー", "システムエンジニア", "設計", "研究開発"),
    ),
    ("10", "建築、土木、電気工事", ("建築作業", "土木作業", "電気工事", "施工管理")),
    ("11", "警備、施設管理、設備運転", ("施設警備", "交通誘導", "設備管理", "マンション管理員")),
    ("12", "運輸（運転）、配送", ("トラック運転手", "タクシー運転手", "バス運転手", "配送")),
    (
        "13",
        "清掃・洗浄、倉庫、包装、軽作業",
        ("清掃", "倉庫作業", "ピッキング", "包装", "軽作業"),
    ),
    ("14", "農業、林業、漁業", ("農業", "造園", "林業")),
)

JOB_CLASS_BY_KEY = _by_key(JOB_CLASSES)
FULL_PART_BY_KEY = _by_key(FULL_PART)
EMPLOYMENT_BY_KEY = _by_key(EMPLOYMENT_KINDS)
EMPLOYMENT_BY_CODE = {c.code: c for c in EMPLOYMENT_KINDS}
WAGE_UNIT_BY_KEY = _by_key(WAGE_UNITS)
SHIFT_BAND_BY_KEY = _by_key(SHIFT_BANDS)
DAYS_OFF_BY_KEY = _by_key(DAYS_OFF)
WEEKDAY_BY_KEY = _by_key(WEEKDAYS)
SHUKYU2_BY_KEY = _by_key(SHUKYU2)
INSURANCE_BY_KEY = _by_key(INSURANCE)
TAG_BY_KEY = _by_key(TAGS)
DISCLOSURE_BY_KEY = _by_key(DISCLOSURES)
CATEGORY_BY_KEY: dict[str, Category] = {
    node.key: node for top in CATEGORIES for node in (top, *top.children)
}
