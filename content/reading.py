"""What a voice should say for a kiosk text: numbers, dates, money and phone numbers in words.

:func:`speakable` rewrites a Japanese text the way an announcer reads it — 令和8年12月2日 as
れいわはちねんじゅうにがつふつか, 450円 as よんひゃくごじゅうえん, 3通 as さんつう, a phone
number digit by digit, 〒 as ゆうびんばんごう — and keeps the kanji words for the synthesizer,
whose dictionary knows their pitch accent. やさしい日本語's ``{漢字|かな}`` readings are spoken
as the kana given. :func:`kana` goes on to the whole reading in katakana with SudachiPy's core
dictionary (a package that carries it); :func:`unread` lists what is left without one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from sudachipy import Dictionary, SplitMode, Tokenizer

from content.phrasing import plain

JAPANESE = frozenset({"ja", "ja-easy"})

_RUBY = re.compile(r"\{([^{}|\n]+)\|([^{}|\n]+)\}")
_SHOWN = re.compile(
    r"([\u3005\u3006\u4e00-\u9fff\uf900-\ufaff]+)（([\u3041-\u309f\u30a0-\u30ffー]+)）"
)

_DIGIT = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
# digits read one by one (phone numbers, postcodes): に and ご drawn out, as announcers do
_SPELLED = ("ぜろ", "いち", "にい", "さん", "よん", "ごお", "ろく", "なな", "はち", "きゅう")
_UNITS = ((10**12, "ちょう"), (10**8, "おく"), (10**4, "まん"))
_HUNDREDS = {3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {1: "せん", 3: "さんぜん", 8: "はっせん"}


def number(n: int) -> str:
    """``n`` (0 ≤ n < 10¹⁶) in hiragana words: 450 → よんひゃくごじゅう."""
    if n == 0:
        return "ぜろ"
    words = []
    for size, name in _UNITS:
        if n >= size:
            head, n = divmod(n, size)
            words.append(_below_10000(head) + name)
    if n:
        words.append(_below_10000(n))
    return "".join(words)


def _below_10000(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    hundreds, rest = divmod(rest, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if thousands:
        out += _THOUSANDS.get(thousands, _DIGIT[thousands] + "せん")
    if hundreds:
        out += _HUNDREDS.get(hundreds, "ひゃく" if hundreds == 1 else _DIGIT[hundreds] + "ひゃく")
    if tens:
        out += "じゅう" if tens == 1 else _DIGIT[tens] + "じゅう"
    if ones:
        out += _DIGIT[ones]
    return out


def digits(text: str) -> str:
    """Each digit of ``text`` by itself, groups joined by の (03-12 → ぜろさんのいちにい)."""
    groups = [g for g in re.split(r"[^0-9]+", text) if g]
    return "の".join("".join(_SPELLED[int(d)] for d in group) for group in groups)


# the sound changes a number makes before a counter that starts with k, s, t or h/p
_GEMINATE = (
    ("いち", "いっ"),
    ("ろく", "ろっ"),
    ("はち", "はっ"),
    ("じゅう", "じゅっ"),
    ("ひゃく", "ひゃっ"),
)


def _with_geminate(n: int, tail: str) -> str:
    """n + a counter starting with k/s/t: 1, 6, 8, 10, 100 end in a small っ (1通 いっつう)."""
    words = number(n)
    for plain_end, small in _GEMINATE:
        if words.endswith(plain_end):
            return words.removesuffix(plain_end) + small + tail
    return words + tail


def _minutes(n: int) -> str:
    """n 分: いっぷん, にふん, さんぷん, よんぷん, じゅっぷん."""
    words = number(n)
    if words.endswith(("さん", "よん")):
        return words + "ぷん"
    for plain_end, small in _GEMINATE:
        if words.endswith(plain_end):
            return words.removesuffix(plain_end) + small + "ぷん"
    return words + "ふん"


_DAYS = {
    1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか",
    7: "なのか", 8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか",
    24: "にじゅうよっか",
}  # fmt: skip
_MONTHS = {4: "しがつ", 7: "しちがつ", 9: "くがつ"}
_HOURS = {4: "よじ", 7: "しちじ", 9: "くじ"}
_PEOPLE = {1: "ひとり", 2: "ふたり"}


def day(n: int) -> str:
    """The n-th day of a month: 2 → ふつか, 15 → じゅうごにち."""
    return _DAYS.get(n, number(n) + "にち")


def month(n: int) -> str:
    """The n-th month: 4 → しがつ."""
    return _MONTHS.get(n, number(n) + "がつ")


def hour(n: int) -> str:
    """n o'clock: 9 → くじ."""
    return _HOURS.get(n, number(n) + "じ")


def year(n: int) -> str:
    """n 年: 4 → よねん, 1 of an era stays いちねん (元年 is written as such)."""
    if n % 10 == 4:
        return (number(n - 4) if n > 4 else "") + "よねん"
    return number(n) + "ねん"


def _counted(n: int, counter: str) -> str:
    """n + counter, with Japanese sound changes (3通 さんつう, 1回 いっかい, 3階 さんがい)."""
    if counter in ("通", "件", "回", "個", "歳", "冊", "週", "泊"):
        tail = {"通": "つう", "件": "けん", "回": "かい", "個": "こ", "歳": "さい", "冊": "さつ",
                "週": "しゅう", "泊": "ぱく"}[counter]  # fmt: skip
        if counter == "泊":
            return _minutes(n).removesuffix("ぷん").removesuffix("ふん") + (
                "はく" if _minutes(n).endswith("ふん") else "ぱく"
            )
        return _with_geminate(n, tail)
    if counter == "階":
        if number(n).endswith("さん"):
            return number(n) + "がい"
        return _with_geminate(n, "かい")
    if counter == "分":
        return _minutes(n)
    if counter == "人":
        return _PEOPLE.get(n, ("よ" if n == 4 else number(n)) + "にん")
    if counter == "時":
        return hour(n)
    if counter == "時間":
        return ("よ" if n == 4 else ("く" if n == 9 else number(n))) + "じかん"
    if counter == "年":
        return year(n)
    if counter == "月":
        return month(n)
    if counter == "か月" or counter == "ヶ月" or counter == "カ月":
        return _with_geminate(n, "かげつ")
    if counter == "日":
        return day(n)
    if counter == "日間":
        return (day(n) if n != 1 else "いちにち") + ("かん" if n != 1 else "")
    if counter == "円":
        return number(n) + "えん"
    return number(n) + _SIMPLE[counter]


_SIMPLE = {
    "枚": "まい", "部": "ぶ", "秒": "びょう", "番": "ばん", "番線": "ばんせん", "号": "ごう",
    "号室": "ごうしつ", "名": "めい", "台": "だい", "桁": "けた", "文字": "もじ",
    "歳以上": "さいいじょう", "%": "ぱーせんと", "％": "ぱーせんと", "円以上": "えんいじょう",
    "点": "てん", "位": "い",
    "丁目": "ちょうめ", "番地": "ばんち", "行": "ぎょう", "ページ": "ぺーじ", "キロ": "きろ",
    "メートル": "めーとる", "度": "ど",
}  # fmt: skip
_COUNTERS = sorted(
    [*_SIMPLE, "通", "件", "回", "個", "歳", "冊", "週", "泊", "階", "分", "人", "時間", "時",
     "年", "か月", "ヶ月", "カ月", "日間", "日", "月", "円"],
    key=len,
    reverse=True,
)  # fmt: skip

_ERAS = {"令和": "れいわ", "平成": "へいせい", "昭和": "しょうわ", "大正": "たいしょう"}
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)"
_POSTCODE = re.compile(r"〒\s*(\d{3})-?(\d{4})")
_PHONE = re.compile(
    r"(?<![\d-])(0\d{1,4}-\d{1,4}-\d{3,4}|0120-\d{2,3}-\d{3}|\d{2,4}-\d{4})(?![\d-])"
)
_DATE = re.compile(r"(令和|平成|昭和|大正)?\s*(元|\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])")
_TIME = re.compile(r"(\d{1,2})\s*時\s*(\d{1,2})\s*分")
_RANGE = re.compile(r"(?<=\d)\s*[〜~～]\s*(?=\d)")
_YEN_SIGN = re.compile(r"[¥￥]\s*" + _NUM)
_COUNTED = re.compile(_NUM + r"\s*(" + "|".join(map(re.escape, _COUNTERS)) + ")")
_DECIMAL = re.compile(r"(\d+)\.(\d+)")
_BARE = re.compile(_NUM)

# Latin words and letters as a Japanese voice says them
_WORDS = {
    "PIN": "ピン", "IC": "アイシー", "QR": "キューアール", "LED": "エルイーディー",
    "OK": "オーケー", "USB": "ユーエスビー", "PDF": "ピーディーエフ", "Language": "ランゲージ",
    "Wi-Fi": "ワイファイ", "ATM": "エーティーエム", "My Number": "マイナンバー",
    "Machikado": "まちかど", "NFC": "エヌエフシー", "SMS": "エスエムエス", "ID": "アイディー",
    "FAQ": "エフエーキュー", "AC": "エーシー", "kiosk": "キオスク", "demo": "デモ",
}  # fmt: skip
_LETTERS = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            "エー", "ビー", "シー", "ディー", "イー", "エフ", "ジー", "エイチ", "アイ", "ジェー",
            "ケー", "エル", "エム", "エヌ", "オー", "ピー", "キュー", "アール", "エス", "ティー",
            "ユー", "ブイ", "ダブリュー", "エックス", "ワイ", "ゼット",
        ),
        strict=True,
    )
)  # fmt: skip
_LATIN = re.compile(
    "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r"|[A-Za-z]+(?:-[A-Za-z]+)*"
)
_SYMBOLS = str.maketrans(
    {
        "・": "、", "／": "、", "/": "、", "※": "", "＊": "", "*": "", "•": "、", "·": "、",
        "→": "、", "「": "", "」": "", "『": "", "』": "", "（": "、", "）": "、", "(": "、",
        ")": "、", "【": "", "】": "", "［": "", "］": "", "…": "、", "＆": "と", "&": "と",
        "+": "ぷらす", "＋": "ぷらす", "＝": "いこーる", "=": "いこーる", "#": "ばん", "＃": "ばん",
        ":": "、", "：": "、", ";": "、", "；": "、", "\"": "", "'": "", "’": "", "“": "", "”": "",
        "-": "", "−": "", "—": "、", "–": "、", "~": "", "〜": "", "～": "", "_": "",
    }
)  # fmt: skip


def _numbers(text: str) -> str:
    # Spelled digits go to the voice in katakana: in hiragana its analyser takes the は of はち
    # for the particle (よんさんわち) and reads いちはちはち as the number 188.
    text = _POSTCODE.sub(
        lambda m: f"ゆうびんばんごう{_to_katakana(digits(m[1] + '-' + m[2]))}、", text
    )
    text = _PHONE.sub(lambda m: _to_katakana(digits(m[1])), text)
    text = _RANGE.sub("から", text)
    text = _DATE.sub(_date, text)
    text = _TIME.sub(lambda m: hour(int(m[1])) + (_minutes(int(m[2])) if int(m[2]) else ""), text)
    text = _CLOCK.sub(lambda m: hour(int(m[1])) + (_minutes(int(m[2])) if int(m[2]) else ""), text)
    text = _YEN_SIGN.sub(lambda m: number(_int(m[1])) + "えん", text)
    text = _COUNTED.sub(lambda m: _counted(_int(m[1]), m[2]), text)
    text = _DECIMAL.sub(
        lambda m: number(int(m[1])) + "てん" + "".join(_DIGIT[int(d)] for d in m[2]), text
    )
    return _BARE.sub(lambda m: number(_int(m[1])), text)


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _date(m: re.Match[str]) -> str:
    era = _ERAS.get(m[1] or "", "")
    years = "がんねん" if m[2] == "元" else year(int(m[2]))
    return f"{era}{years}{month(int(m[3]))}{day(int(m[4]))}"


def _latin(m: re.Match[str]) -> str:
    word = m[0]
    if word in _WORDS:
        return _WORDS[word]
    for form in (word.upper(), word.lower()):
        if form in _WORDS:
            return _WORDS[form]
    return "".join(_LETTERS.get(c.upper(), "") for c in word)


# The language button's label says "Language" in English beside its own word, for a reader
# lost in a language they do not read; speech in that language says only its own word.
_BILINGUAL = re.compile(r"\s*/\s*Language\b")
_LATIN_WORD = re.compile(r"My Number|Hello Work|[A-Za-z]+")
# Japanese words in another language's text (the 介護 a resident may type), with the reading
# the text gives beside them in its own script: the voice says the reading; a word without one
# is left out, since a voice for another language can only spell kanji as "Chinese letter".
_JAPANESE_RUN = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆]+"
_JAPANESE_WITH_READING = re.compile(_JAPANESE_RUN + r"\s*[（(]\s*([^()（）]+?)\s*[）)]")
_JAPANESE_WORD = re.compile(_JAPANESE_RUN)
_EMPTY_QUOTES = re.compile(r"['‘’\"“”「」]\s*['‘’\"“”「」]")

# Latin words in Korean, Chinese and Vietnamese texts, as their voices should say them: a voice
# that met them as they are would switch to English for them.
_LEXICONS: dict[str, dict[str, str]] = {
    "ko": {"IC": "아이씨", "LED": "엘이디", "PIN": "핀", "My Number": "마이넘버",
           "Hello Work": "헬로워크", "kiosk": "키오스크", "demo": "데모", "QR": "큐알"},
    "zh-Hans": {"IC": "ai4 xi1", "PIN": "pin1", "kiosk": "zi4 zhu4 ji1", "demo": "yan3 shi4"},
    "vi": {"My Number": "Mai Nam bơ", "chip": "chíp", "honseki": "hôn xê ki", "IC": "ai xi",
           "LED": "lét", "kiosk": "ki ốt", "demo": "đê mô", "QR": "cu a", "Enter": "en tơ",
           "Hello Work": "Hê lô Guốc"},
}  # fmt: skip
_LETTER_NAMES: dict[str, tuple[str, ...]] = {
    "ko": ("에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘",
           "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이",
           "제트"),
    "zh-Hans": ("ei1", "bi4", "xi1", "di4", "yi4", "ai4 fu", "ji4", "ai4 qi1", "ai4", "jie4",
                "kai4", "ai4 le", "ai4 mu", "en1", "ou1", "pi4", "kiu1", "a4", "ai4 si", "ti4",
                "you1", "wei1", "da2 bu liu", "ai4 ke si", "wai4", "zei4"),
}  # fmt: skip


# "3/4" (the third of four steps) and "3~4" (a span) in words, by language
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")
_SPAN = re.compile(r"([\d:]*\d)\s*[~〜～]\s*(\d[\d:]*)")
_OF_TO = {
    "en": ("{a} of {b}", "{a} to {b}"),
    "pt-BR": ("{a} de {b}", "{a} a {b}"),
    "vi": ("{a} trên {b}", "{a} đến {b}"),
    "ko": ("{b} 중 {a}", "{a}에서 {b}"),
    "zh-Hans": ("{b}之{a}", "{a}至{b}"),
}


def _foreign(word: str, lang: str) -> str:
    lexicon = _LEXICONS[lang]
    if word in lexicon or word.lower() in lexicon:
        return lexicon.get(word, lexicon.get(word.lower(), word))
    names = _LETTER_NAMES.get(lang)
    if names is None:
        return word  # a Latin-script language reads it as its own
    return " ".join(names[ord(c) - ord("A")] for c in word.upper() if "A" <= c <= "Z")


def speakable(text: str, lang: str) -> str:
    """``text`` as the voice for ``lang`` should get it (Japanese: numbers and symbols in words)."""
    text = _BILINGUAL.sub("", plain(text)) if lang != "en" else plain(text)
    if lang not in JAPANESE:
        text = _SHOWN.sub(lambda m: m[1], _RUBY.sub(lambda m: m[1], text))
        if lang != "zh-Hans":  # Chinese reads the characters as its own
            text = _JAPANESE_WITH_READING.sub(lambda m: m[1], text)
            text = _EMPTY_QUOTES.sub("", _JAPANESE_WORD.sub("", text))
        text = text.replace("・", "、" if lang == "zh-Hans" else ", ")
        if lang in _LEXICONS:
            text = _LATIN_WORD.sub(lambda m: _foreign(m[0], lang), text)
        # a phone number digit by digit, its groups apart, as an announcer gives one
        text = _PHONE.sub(lambda m: ", ".join(" ".join(g) for g in m[1].split("-")), text)
        of, to = _OF_TO.get(lang, ("{a} / {b}", "{a}–{b}"))
        text = _FRACTION.sub(lambda m: of.format(a=m[1], b=m[2]), text)
        text = _SPAN.sub(lambda m: to.format(a=m[1], b=m[2]), text)
        # a span or an aside between words ("5시~10시", "3번째 / 최대 5건") that a voice would
        # otherwise read as "tilde" or "slash"
        text = re.sub(r"\s*[~〜～]\s*", to.format(a=" ", b=" "), text)
        text = re.sub(r"\s+/\s+", ", ", text)
        text = re.sub(r"\s+([,.、，])", r"\1", text)
        text = re.sub(r"([,、，])(\s*[,、，])+", r"\1", text)
        text = re.sub(r"^[\s,、，]+", "", text)
        return " ".join(text.split())
    text = _SHOWN.sub(lambda m: m[2], _RUBY.sub(lambda m: m[2], text))
    text = unicodedata.normalize("NFKC", text.replace("〒", "\ue000")).replace("\ue000", "〒")
    text = _FRACTION.sub(lambda m: f"{number(int(m[2]))}ぶんの{number(int(m[1]))}", text)
    text = _numbers(text)
    text = _LATIN.sub(_latin, text)
    text = text.translate(_SYMBOLS)
    text = re.sub(r"[、,]\s*(?=[、。.!?！？])|^[、\s]+", "", text)
    text = re.sub(r"、{2,}", "、", text)
    text = re.sub(r"[、\s]+$", "", text)
    return " ".join(text.split())


@cache
def _tokenizer() -> Tokenizer:
    return Dictionary(dict="core").tokenizer()


def kana(text: str, lang: str = "ja") -> str:
    """The whole reading of a Japanese text in katakana (SudachiPy, core dictionary)."""
    said = speakable(text, lang)
    out = []
    for morpheme in _tokenizer().tokenize(said, SplitMode.C):
        surface = morpheme.surface()
        if _KANA_OR_PUNCT.fullmatch(surface):
            out.append(_to_katakana(surface))
            continue
        reading = morpheme.reading_form()
        out.append(reading if reading and _KANA_OR_PUNCT.fullmatch(reading) else surface)
    return "".join(out)


_KANA_OR_PUNCT = re.compile(
    r"[\u3041-\u3096\u30a1-\u30faー\u309d\u309e\u30fd\u30fe、。！？!?,.\s]*"
)


def _to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def unread(reading: str) -> str:
    """The characters of a kana reading that are not kana, a long-vowel mark or a pause."""
    return "".join(c for c in reading if not _KANA_OR_PUNCT.fullmatch(c))
