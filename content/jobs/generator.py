"""Synthetic Hello Work listings for the Tama area: plausible jobs, wages, shifts and places.

The same seed gives the same listings. Used by the demo's sample, the tests and the benchmark;
no listing is real.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import random
from collections.abc import Iterator
from dataclasses import dataclass

from content.jobs.codes import CATEGORY_BY_KEY
from content.jobs.schema import HEADERS, Record, format_row


@dataclass(frozen=True)
class City:
    """A municipality where listings are placed, with its stations (station, line, weight)."""

    code: str
    name: str
    weight: int
    stations: tuple[tuple[str, str], ...]
    towns: tuple[str, ...]


# はなみずき市 is the sample municipality (fictional); its code lies outside the JIS range in use.
SAMPLE_CITY_CODE = "13999"

CITIES: tuple[City, ...] = (
    City(
        "13229",
        "西東京市",
        16,
        (
            ("田無", "西武新宿線"),
            ("ひばりヶ丘", "西武池袋線"),
            ("保谷", "西武池袋線"),
            ("東伏見", "西武新宿線"),
            ("西武柳沢", "西武新宿線"),
        ),
        ("田無町", "南町", "向台町", "谷戸町", "ひばりが丘", "保谷町", "東伏見", "柳沢"),
    ),
    City(
        "13211",
        "小平市",
        14,
        (
            ("小平", "西武新宿線"),
            ("花小金井", "西武新宿線"),
            ("一橋学園", "西武多摩湖線"),
            ("鷹の台", "西武国分寺線"),
        ),
        ("小川町", "花小金井", "学園東町", "天神町", "美園町", "上水本町"),
    ),
    City(
        "13213",
        "東村山市",
        11,
        (("東村山", "西武新宿線"), ("久米川", "西武新宿線"), ("秋津", "西武池袋線")),
        ("本町", "久米川町", "栄町", "秋津町", "富士見町"),
    ),
    City(
        "13221",
        "清瀬市",
        7,
        (("清瀬", "西武池袋線"),),
        ("元町", "松山", "竹丘", "中清戸", "野塩"),
    ),
    City(
        "13222",
        "東久留米市",
        9,
        (("東久留米", "西武池袋線"),),
        ("本町", "浅間町", "幸町", "滝山", "八幡町"),
    ),
    City(
        "13203",
        "武蔵野市",
        12,
        (("吉祥寺", "JR中央線"), ("武蔵境", "JR中央線"), ("三鷹", "JR中央線")),
        ("吉祥寺本町", "中町", "境", "御殿山"),
    ),
    City(
        "13204",
        "三鷹市",
        10,
        (("三鷹", "JR中央線"), ("三鷹台", "京王井の頭線")),
        ("下連雀", "上連雀", "野崎", "井口", "牟礼"),
    ),
    City(
        "13210",
        "小金井市",
        8,
        (("武蔵小金井", "JR中央線"), ("東小金井", "JR中央線")),
        ("本町", "梶野町", "緑町", "貫井北町"),
    ),
    City(
        SAMPLE_CITY_CODE,
        "はなみずき市",
        13,
        (
            ("はなみずき中央", "はなみずき線"),
            ("はなみずき北", "はなみずき線"),
            ("こぶし台", "はなみずき線"),
        ),
        ("本町", "中央", "こぶし台", "花園", "北町"),
    ),
)

# Per 職種 sub-item: titles, 職業分類 (3-2 digits), 産業分類, duties, licences.
_JOBS: dict[str, tuple[tuple[str, ...], str, str, tuple[str, ...], str | None]] = {
    "01-01": (
        ("一般事務", "事務補助", "データ入力事務"),
        "251-01",
        "92",
        ("書類作成、電話・来客対応", "Excelでのデータ入力", "郵便物の仕分け"),
        None,
    ),
    "01-02": (
        ("経理事務", "会計事務スタッフ"),
        "262-01",
        "74",
        ("伝票処理、請求書発行", "会計ソフトへの入力", "月次決算の補助"),
        "日商簿記2級",
    ),
    "01-03": (
        ("総務・人事事務",),
        "251-02",
        "92",
        ("社会保険手続き", "勤怠管理", "備品管理"),
        None,
    ),
    "01-04": (
        ("営業事務", "受注事務"),
        "253-01",
        "52",
        ("受発注の入力", "見積書作成", "電話応対"),
        None,
    ),
    "01-05": (
        ("医療事務", "受付・医療事務"),
        "252-01",
        "83",
        ("受付、会計", "レセプト作成", "カルテ管理"),
        "医療事務資格あれば尚可",
    ),
    "01-06": (
        ("店長候補", "施設長"),
        "021-01",
        "58",
        ("店舗の運営管理", "スタッフの育成", "売上管理"),
        None,
    ),
    "02-01": (
        ("法人営業", "ルートセールス"),
        "321-02",
        "52",
        ("既存取引先への提案", "新規開拓", "見積・納品調整"),
        "普通自動車免許",
    ),
    "02-02": (
        ("住宅リフォーム営業",),
        "322-01",
        "06",
        ("個人宅への提案営業", "現地調査", "契約手続き"),
        "普通自動車免許",
    ),
    "02-03": (
        ("ルート営業",),
        "321-01",
        "52",
        ("決まった取引先を巡回", "商品補充", "受注"),
        "普通自動車免許",
    ),
    "02-04": (
        ("不動産営業", "賃貸仲介スタッフ"),
        "322-03",
        "68",
        ("物件案内", "契約書類作成", "来店対応"),
        "宅地建物取引士あれば尚可",
    ),
    "03-01": (
        ("販売スタッフ", "店舗スタッフ"),
        "331-01",
        "58",
        ("接客、レジ", "商品陳列", "在庫管理"),
        None,
    ),
    "03-02": (
        ("レジ係", "レジスタッフ"),
        "331-02",
        "58",
        ("レジ打ち", "袋詰め", "サービスカウンター業務"),
        None,
    ),
    "03-03": (
        ("惣菜製造・販売", "パン販売"),
        "331-01",
        "58",
        ("惣菜の調理と陳列", "値付け", "接客"),
        None,
    ),
    "03-04": (
        ("スーパー品出し", "コンビニスタッフ"),
        "331-01",
        "58",
        ("品出し", "レジ", "清掃"),
        None,
    ),
    "04-01": (
        ("調理師", "調理スタッフ"),
        "361-01",
        "76",
        ("厨房での調理", "仕込み", "衛生管理"),
        "調理師免許あれば尚可",
    ),
    "04-02": (
        ("調理補助", "キッチンスタッフ", "給食調理補助"),
        "362-01",
        "76",
        ("盛り付け", "食器洗浄", "仕込みの補助"),
        None,
    ),
    "04-03": (
        ("ホールスタッフ", "カフェスタッフ"),
        "371-01",
        "76",
        ("注文受付、配膳", "レジ", "テーブルの片付け"),
        None,
    ),
    "04-04": (
        ("美容師", "理容師"),
        "351-01",
        "78",
        ("カット、カラー", "接客", "店内清掃"),
        "美容師免許",
    ),
    "04-05": (
        ("ホテルフロント", "客室清掃"),
        "372-01",
        "75",
        ("チェックイン対応", "予約管理", "客室の準備"),
        None,
    ),
    "05-01": (
        ("介護職員", "介護スタッフ", "ケアワーカー"),
        "361-02",
        "85",
        ("利用者の食事・入浴・排せつの介助", "レクリエーションの実施", "介護記録の作成"),
        "介護職員初任者研修",
    ),
    "05-02": (
        ("訪問介護員", "ホームヘルパー"),
        "362-02",
        "85",
        ("利用者宅での身体介護", "生活援助（掃除・調理）", "サービス記録の作成"),
        "介護職員初任者研修",
    ),
    "05-03": (
        ("ケアマネジャー", "介護支援専門員"),
        "161-03",
        "85",
        ("ケアプランの作成", "利用者・家族との面談", "事業所との連絡調整"),
        "介護支援専門員",
    ),
    "05-04": (
        ("生活支援員", "就労支援員"),
        "161-01",
        "85",
        ("障害のある方の生活支援", "作業の指導", "日中活動の支援"),
        None,
    ),
    "05-05": (
        ("介護送迎ドライバー", "送迎運転手"),
        "662-02",
        "85",
        ("デイサービス利用者の送迎", "乗降の介助", "車両の点検"),
        "普通自動車免許",
    ),
    "06-01": (
        ("保育士",),
        "171-01",
        "85",
        ("0〜5歳児の保育", "連絡帳の記入", "行事の準備"),
        "保育士",
    ),
    "06-02": (
        ("保育補助", "保育園の子育て支援員"),
        "171-02",
        "85",
        ("保育士の補助", "園内の清掃", "給食の配膳"),
        None,
    ),
    "06-03": (
        ("学童指導員", "放課後児童支援員"),
        "171-03",
        "85",
        ("小学生の見守り", "宿題の支援", "おやつの準備"),
        None,
    ),
    "06-04": (
        ("学習塾講師", "個別指導講師"),
        "183-01",
        "82",
        ("小中学生への個別指導", "保護者面談", "教材の準備"),
        None,
    ),
    "07-01": (
        ("看護師", "正看護師"),
        "133-01",
        "83",
        ("外来での診療補助", "病棟での看護業務", "バイタル測定"),
        "看護師",
    ),
    "07-02": (("准看護師",), "133-02", "83", ("診療の補助", "採血、点滴", "患者対応"), "准看護師"),
    "07-03": (
        ("看護助手", "看護補助者"),
        "364-01",
        "83",
        ("入院患者の身の回りの世話", "ベッドメイキング", "検体の搬送"),
        None,
    ),
    "07-04": (("薬剤師",), "134-01", "60", ("調剤、服薬指導", "薬歴管理", "在庫管理"), "薬剤師"),
    "07-05": (
        ("歯科衛生士", "歯科助手"),
        "135-01",
        "83",
        ("歯石除去、予防処置", "診療補助", "受付"),
        "歯科衛生士",
    ),
    "08-01": (
        ("製造スタッフ", "食品製造"),
        "491-01",
        "09",
        ("食品の製造ライン作業", "計量、盛り付け", "製品の箱詰め"),
        None,
    ),
    "08-02": (
        ("組立作業員", "電子部品組立"),
        "531-01",
        "29",
        ("部品の組立", "はんだ付け", "簡単な検査"),
        None,
    ),
    "08-03": (
        ("検査スタッフ", "外観検査"),
        "571-01",
        "29",
        ("製品の外観検査", "数量確認", "検査記録の作成"),
        None,
    ),
    "08-04": (
        ("機械保全", "設備保全スタッフ"),
        "541-01",
        "26",
        ("工場設備の点検・修理", "部品交換", "保全計画の作成"),
        "第二種電気工事士あれば尚可",
    ),
    "08-05": (("印刷オペレーター",), "511-01", "15", ("印刷機の操作", "刷版の準備", "製本"), None),
    "09-01": (
        ("プログラマー", "Webプログラマー", "ＷＥＢシステム開発プログラマー"),
        "104-01",
        "39",
        ("Webシステムの開発", "Python・Javaでのプログラミング", "テスト"),
        None,
    ),
    "09-02": (
        ("システムエンジニア", "社内SE"),
        "104-02",
        "39",
        ("システムの設計", "顧客との打合せ", "社内PCの管理"),
        "基本情報技術者あれば尚可",
    ),
    "09-03": (
        ("CADオペレーター", "設計補助"),
        "091-01",
        "72",
        ("CADでの図面作成", "設計変更の反映", "書類作成"),
        None,
    ),
    "09-04": (
        ("研究補助員", "品質管理"),
        "071-01",
        "71",
        ("試験、分析", "データの整理", "報告書作成"),
        None,
    ),
    "10-01": (
        ("建築作業員", "内装工"),
        "701-01",
        "06",
        ("住宅の内装工事", "資材の運搬", "現場の片付け"),
        None,
    ),
    "10-02": (
        ("土木作業員",),
        "722-01",
        "06",
        ("道路工事", "舗装作業", "重機の誘導"),
        "普通自動車免許",
    ),
    "10-03": (
        ("電気工事士", "電気工事スタッフ"),
        "741-01",
        "08",
        ("住宅・店舗の電気配線工事", "照明器具の取付け", "点検"),
        "第二種電気工事士",
    ),
    "10-04": (
        ("施工管理",),
        "112-01",
        "06",
        ("工程・安全管理", "職人との打合せ", "書類作成"),
        "施工管理技士あれば尚可",
    ),
    "11-01": (
        ("施設警備員", "警備員"),
        "431-01",
        "92",
        ("商業施設の巡回", "出入管理", "防災センター業務"),
        None,
    ),
    "11-02": (
        ("交通誘導警備員",),
        "432-01",
        "92",
        ("工事現場での交通誘導", "歩行者の安全確保"),
        None,
    ),
    "11-03": (
        ("設備管理", "ビル設備管理"),
        "671-01",
        "69",
        ("ビルの電気・空調設備の点検", "巡回", "修繕の手配"),
        "第二種電気工事士あれば尚可",
    ),
    "11-04": (
        ("マンション管理員",),
        "441-01",
        "69",
        ("受付、巡回", "共用部の清掃", "業者の立会い"),
        None,
    ),
    "12-01": (
        ("トラック運転手", "ドライバー（中型）", "配送ドライバー"),
        "662-01",
        "44",
        ("食品・日用品のルート配送", "積み降ろし", "伝票処理"),
        "中型自動車免許",
    ),
    "12-02": (
        ("タクシー乗務員", "タクシー運転手"),
        "663-01",
        "43",
        ("お客様の送迎", "車両点検"),
        "普通自動車第二種免許",
    ),
    "12-03": (
        ("路線バス運転士", "バス運転手"),
        "664-01",
        "43",
        ("路線バスの運転", "運賃の収受", "車内の安全確認"),
        "大型自動車第二種免許",
    ),
    "12-04": (
        ("軽貨物配送", "宅配ドライバー"),
        "662-03",
        "44",
        ("個人宅への宅配", "荷物の仕分け"),
        "普通自動車免許",
    ),
    "13-01": (
        ("清掃スタッフ", "ビル清掃", "病院清掃"),
        "771-01",
        "92",
        ("オフィスビルの日常清掃", "トイレ清掃", "ゴミの回収"),
        None,
    ),
    "13-02": (
        ("倉庫作業員", "倉庫内作業"),
        "751-01",
        "47",
        ("入出荷作業", "フォークリフトでの荷役", "在庫管理"),
        "フォークリフト運転技能講習",
    ),
    "13-03": (
        ("ピッキングスタッフ",),
        "752-01",
        "47",
        ("伝票に沿った商品のピッキング", "検品", "梱包"),
        None,
    ),
    "13-04": (
        ("包装作業", "梱包スタッフ"),
        "761-01",
        "47",
        ("商品の梱包", "シール貼り", "箱詰め"),
        None,
    ),
    "13-05": (
        ("軽作業スタッフ", "仕分け作業"),
        "781-01",
        "47",
        ("荷物の仕分け", "簡単な検品", "運搬"),
        None,
    ),
    "14-01": (
        ("農作業スタッフ", "野菜の収穫"),
        "461-01",
        "01",
        ("野菜の栽培・収穫", "出荷作業", "直売所での販売"),
        None,
    ),
    "14-02": (
        ("造園作業員", "植木職人"),
        "471-01",
        "06",
        ("庭木の剪定", "公園の除草", "植栽工事"),
        "普通自動車免許",
    ),
    "14-03": (("森林作業員",), "481-01", "02", ("下草刈り", "間伐", "林道の整備"), None),
}

# Share of listings per top category (roughly the demand seen at Tama offices).
_CATEGORY_WEIGHT = {
    "01": 13,
    "02": 6,
    "03": 9,
    "04": 10,
    "05": 14,
    "06": 5,
    "07": 8,
    "08": 7,
    "09": 4,
    "10": 4,
    "11": 5,
    "12": 7,
    "13": 9,
    "14": 1,
}
_COMPANY_HEAD = ("株式会社", "有限会社", "社会福祉法人", "医療法人社団", "合同会社")
_COMPANY_NAME = (
    "たまみらい",
    "武蔵野ケア",
    "西東京物流",
    "こだいらフーズ",
    "ひばり",
    "けやき",
    "しらかば",
    "東久留米精工",
    "清瀬メディカル",
    "さくら",
    "あおぞら",
    "みどり",
    "髙橋商事",
    "山﨑工業",
    "はなみずき",
    "ことぶき",
    "多摩サービス",
    "グリーンリーフ",
    "サンライズ",
    "ライフサポート",
)
_COMPANY_TAIL = ("", "ホールディングス", "サービス", "会", "商会")
_SENTENCES = (
    "未経験の方も丁寧に指導します。",
    "経験者優遇。",
    "ブランクのある方も歓迎します。",
    "扶養範囲内での勤務も相談に応じます。",
    "資格取得支援制度があります。",
    "週休二日制で働きやすい職場です。",
    "制服を貸与します。",
    "正社員登用の実績があります。",
    "子育て中の方も活躍しています。",
    "シニアの方も歓迎します。",
    "駅から近く通勤に便利です。",
    "パソコンの基本操作（Ｗｏｒｄ・Ｅｘｃｅｌ）ができる方。",
)
_SHIFTS_FULL = (
    (("08:30", "17:30"),),
    (("09:00", "18:00"),),
    (("08:00", "17:00"),),
    (("07:00", "16:00"), ("10:00", "19:00"), ("16:30", "09:30")),
    (("09:00", "17:30"),),
    (("22:00", "07:00"),),
)
_SHIFTS_PART = (
    (("09:00", "13:00"),),
    (("10:00", "15:00"),),
    (("13:00", "17:00"),),
    (("17:00", "22:00"),),
    (("06:00", "09:00"),),
    (("09:00", "16:00"),),
    (("18:00", "23:00"),),
    (("22:00", "05:00"),),
)
_OFFICES = {"13150": "ハローワーク三鷹", "13120": "ハローワーク池袋", "13160": "ハローワーク立川"}


def last_day_of_month_after_next(received: dt.date) -> dt.date:
    """The default 紹介期限日: the last day of the second month after ``received`` (翌々月末)."""
    month = received.month + 2
    year = received.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _pick(rnd: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rnd.choices(keys, weights=[weights[k] for k in keys])[0]


def _wage(rnd: random.Random, category: str, part: bool) -> tuple[str, int, int | None]:
    skilled = category[:2] in ("07", "09") or category in ("05-03", "04-04", "10-03", "12-03")
    if part:
        base = rnd.randrange(1115, 1400, 5) + (rnd.randrange(100, 800, 50) if skilled else 0)
        return "hourly", base, base + rnd.choice((0, 50, 100, 200, 300))
    if category[:2] in ("10", "14", "11") and rnd.random() < 0.3:
        base = rnd.randrange(9000, 14000, 500)
        return "daily", base, base + rnd.choice((0, 1000, 2000))
    base = rnd.randrange(185000, 260000, 1000) + (
        rnd.randrange(20000, 120000, 1000) if skilled else 0
    )
    return "monthly", base, rnd.choice((None, base + rnd.randrange(20000, 120000, 1000)))


def generate(
    count: int, *, seed: int = 15, today: dt.date = dt.date(2026, 12, 2)
) -> Iterator[Record]:
    """``count`` listings received in the two months up to ``today``, oldest first."""
    rnd = random.Random(seed)
    city_weights = {c.code: c.weight for c in CITIES}
    by_code = {c.code: c for c in CITIES}
    start = today - dt.timedelta(days=60)
    days = sorted(start + dt.timedelta(days=rnd.randrange(61)) for _ in range(count))
    serial: dict[str, int] = {}
    for received in days:
        top = _pick(rnd, _CATEGORY_WEIGHT)
        subs = [n.key for n in CATEGORY_BY_KEY[top].children]
        category = rnd.choice(subs)
        titles, occupation, industry, duties, licence = _JOBS[category]
        part = rnd.random() < (0.55 if top in ("03", "04", "13") else 0.35)
        if part:
            employment = rnd.choices(
                ("part_time", "dispatch_part_fixed", "dispatch_part_open"), (90, 7, 3)
            )[0]
        else:
            employment = rnd.choices(
                ("regular", "non_regular", "dispatch_fixed", "dispatch_open"), (62, 28, 7, 3)
            )[0]
        job_class = rnd.choices(
            ("general", "new_graduate", "seasonal", "disability"), (93, 3, 1, 3)
        )[0]
        city = by_code[_pick(rnd, city_weights)]
        station, line = rnd.choice(city.stations)
        office = rnd.choices(list(_OFFICES), (80, 12, 8))[0]
        n = serial[office] = serial.get(office, rnd.randrange(100000, 200000)) + rnd.randrange(1, 4)
        kyujin_no = f"{office}-{n % 1000000:06d}{received.year % 10}1"
        unit, wage_min, wage_max = _wage(rnd, category, part)
        shifts = rnd.choice(_SHIFTS_PART if part else _SHIFTS_FULL)
        holidays = rnd.choice(
            (("sat", "sun", "public_holiday"), ("sun",), ("sat", "sun"), ("wed", "sun"), ())
        )
        shukyu2 = "every_week" if len(holidays) >= 2 else rnd.choice(("other", "none"))
        annual = None if part else rnd.randrange(95, 126)
        disclosure = rnd.choices(("public", "seekers_only", "hidden"), (70, 18, 12))[0]
        employer = (
            f"{rnd.choice(_COMPANY_HEAD)}{rnd.choice(_COMPANY_NAME)}{rnd.choice(_COMPANY_TAIL)}"
        )
        age_limited = rnd.random() < 0.15
        walk = rnd.randrange(2, 25)
        experience = rnd.choice((None, "不問", "同職種の経験1年以上"))
        tags = []
        if experience in (None, "不問"):
            tags.append("no_experience")
        education = rnd.choice(("不問", "不問", "高校以上"))
        if education == "不問":
            tags.append("education_any")
        if not age_limited:
            tags.append("age_any")
        car = rnd.random() < 0.4
        if car:
            tags.append("car_commute")
        transfer = rnd.random() < 0.1
        if not transfer:
            tags.append("no_transfer")
        if walk <= 10:
            tags.append("near_station")
        overtime = 0 if part else rnd.choice((0, 5, 10, 15, 20))
        if overtime == 0:
            tags.append("no_overtime")
        bonus = not part and rnd.random() < 0.6
        if bonus:
            tags.append("bonus")
        if employment == "non_regular" and rnd.random() < 0.5:
            tags.append("regular_path")
        if top in ("05", "07") and rnd.random() < 0.2:
            tags.append("childcare")
        if rnd.random() < 0.05:
            tags.append("no_document_screening")
        if top in ("01", "09") and rnd.random() < 0.1:
            tags.append("remote")
        if not age_limited and rnd.random() < 0.3:
            tags.append("senior_welcome")
        description = "".join(
            (
                "、".join(rnd.sample(duties, k=min(len(duties), rnd.randint(2, 3)))),
                "をお願いします。",
                f"{city.name}{rnd.choice(city.towns)}の事業所での勤務です。",
                *rnd.sample(_SENTENCES, k=rnd.randint(1, 3)),
            )
        )
        expires = last_day_of_month_after_next(received)
        if rnd.random() < 0.1:
            expires = received + dt.timedelta(days=rnd.randrange(14, 45))
        yield {
            "kyujin_no": kyujin_no,
            "received": received.isoformat(),
            "expires": expires.isoformat(),
            "office_name": _OFFICES[office],
            "job_class": job_class,
            "full_part": "part" if part else "full",
            "employment": employment,
            "employment_name": "契約社員" if employment == "non_regular" else None,
            "title": rnd.choice(titles),
            "description": description,
            "category": category,
            "occupation_code": occupation,
            "industry_code": industry,
            "disclosure": disclosure,
            "employer_no": f"{office[1:]}-{rnd.randrange(100000, 999999)}-{rnd.randrange(10)}",
            "employer_name": employer,
            "employer_kana": None,
            "employer_postcode": f"{rnd.randrange(180, 208)}-{rnd.randrange(10000):04d}",
            "employer_address": f"東京都{city.name}{rnd.choice(city.towns)}{rnd.randint(1, 6)}-"
            f"{rnd.randint(1, 30)}-{rnd.randint(1, 20)}",
            "homepage": None,
            "contact_section": rnd.choice(("総務課", "人事部", "採用担当", None)),
            "contact_phone": f"042-{rnd.randrange(400, 500)}-{rnd.randrange(10000):04d}",
            "work_pref": "13",
            "work_city_code": city.code,
            "work_city_name": city.name,
            "work_address": f"東京都{city.name}{rnd.choice(city.towns)}",
            "station": station,
            "line": line,
            "walk_min": walk,
            "wage_unit": unit,
            "wage_min": wage_min,
            "wage_max": wage_max,
            "base_pay_min": wage_min if unit == "monthly" else None,
            "base_pay_max": wage_max if unit == "monthly" else None,
            "allowances": None,
            "fixed_overtime": False,
            "commute_allowance": rnd.choice(
                ("実費支給（上限あり） 月額20,000円", "実費支給", None)
            ),
            "raise_text": None if part else rnd.choice(("あり 前年度実績 月額3,000円", None)),
            "bonus": bonus,
            "hours_system": "交代制（シフト制）" if len(shifts) > 1 else None,
            "shifts": [list(s) for s in shifts],
            "hours_note": None,
            "overtime_avg_h": overtime,
            "break_min": 60 if not part else rnd.choice((0, 15, 45)),
            "weekly_days": rnd.randint(2, 5) if part else 5,
            "holidays": list(holidays),
            "holidays_note": rnd.choice((None, "シフトによる", "年末年始")),
            "shukyu2": shukyu2,
            "annual_holidays": annual,
            "age_min": 18 if age_limited else None,
            "age_max": 59 if age_limited else None,
            "age_note": "定年を上限" if age_limited else None,
            "education": education,
            "experience": experience,
            "pc_skill": rnd.choice((None, "Word・Excelの基本操作", "パソコン入力ができる方")),
            "licenses": licence,
            "trial": rnd.choice((None, "あり 3ヶ月（労働条件変更なし）")),
            "insurance": (
                ["employment", "accident"]
                if part and rnd.random() < 0.4
                else ["employment", "accident", "health", "pension"]
            ),
            "openings": rnd.choice((1, 1, 1, 2, 2, 3, 5)),
            "car_commute": car,
            "transfer": transfer,
            "online_apply": rnd.random() < 0.3,
            "tags": tags,
            "notes": None,
        }


def write_csv(records: list[Record], *, encoding: str = "utf-8-sig") -> bytes:
    """Records as a Hello Work–shaped CSV file in ``encoding`` (cp932 for Shift_JIS)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(HEADERS), lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow(format_row(record))
    return out.getvalue().encode(encoding)
