"""What certificates say and look like, without HTTP: eras, eligibility, content, pattern."""

import dataclasses
import datetime as dt
import io
import subprocess

import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from content.residents import load_sample_residents
from gateway.issuance import artwork, pattern
from gateway.issuance.documents import Options, build_content, refusal, wareki
from gateway.issuance.render import Issue, render_pdf

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def registry():
    return load_sample_residents()


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 11, 22), "令和8年11月22日"),
        (dt.date(2019, 5, 1), "令和元年5月1日"),
        (dt.date(2019, 4, 30), "平成31年4月30日"),
        (dt.date(1989, 1, 7), "昭和64年1月7日"),
        (dt.date(1989, 1, 8), "平成元年1月8日"),
    ],
)
def test_dates_are_written_in_the_japanese_era(day, text):
    assert wareki(day) == text


def test_eligibility_matrix(registry):
    def code(resident_id, certificate):
        refused = refusal(certificate, registry.get(resident_id), TODAY)
        return None if refused is None else refused.code

    assert code("R000002", "inkan") is None
    assert code("R000002", "koseki-tohon") is None
    assert code("R000005", "inkan") == "no_seal_registration"
    assert code("R000005", "koseki-shohon") == "koseki_not_in_city"
    assert code("R000005", "kazei") is None
    assert code("R000006", "juminhyo") == "issuance_restricted"
    assert code("R000004", "juminhyo") == "resident_under_15"
    assert code("R000003", "juminhyo") is None  # 16: old enough
    assert code("R000003", "kazei") == "no_tax_record"
    assert code("R000007", "koseki-fuhyo") == "no_koseki"
    assert code("R000008", "juminhyo-kisai") == "resident_moved_out"
    # The age rule follows the birthday: さくら turns 15 on 2029-06-01.
    sakura = registry.get("R000004")
    assert refusal("juminhyo", sakura, dt.date(2029, 5, 31)) is not None
    assert refusal("juminhyo", sakura, dt.date(2029, 6, 1)) is None


def test_certificate_contents(registry):
    hanako = registry.get("R000002")
    own = build_content("juminhyo", hanako, registry, Options())
    (record,) = own.records
    assert own.blank_below and own.table is None
    cells = {cell.label: cell for row in record.rows for cell in row}
    assert cells["氏名"].value == "山田　花子" and cells["氏名"].reading == "ヤマダ　ハナコ"
    assert cells["生年月日"].value == "昭和60年4月12日" and cells["性別"].value == "女"
    assert cells["住民となった年月日"].value == "平成21年5月5日"
    assert cells["住所を定めた年月日"].value == "平成21年5月5日"
    assert cells["届出日"].value == "平成21年5月8日"
    assert cells["前住所"].value == "架空県みなと市港町二丁目4番6号"
    assert "続柄" not in cells
    assert all(sum(cell.span for cell in row) == 6 for row in record.rows)
    assert ("本籍", "はなみずき市南町一丁目2番地") not in own.items
    whole = build_content("juminhyo", hanako, registry, Options("all", True, True))
    names = [r.rows[0][0].value for r in whole.records]
    assert names == ["山田　太郎", "山田　花子", "山田　翔", "山田　さくら"]
    assert ("本籍", "はなみずき市南町一丁目2番地") in whole.items
    head = {cell.label: cell.value for row in whole.records[0].rows for cell in row}
    assert head["続柄"] == "世帯主"
    assert all(sum(cell.span for cell in row) == 6 for r in whole.records for row in r.rows)
    born_here = {cell.label: cell.value for row in whole.records[2].rows for cell in row}
    assert born_here["前住所"] == "平成22年3月3日　出生"
    moved_within = build_content("juminhyo", registry.get("R000001"), registry, Options())
    assert moved_within.records[0].rows[1][1].value == "平成20年4月1日"
    no_kana = dataclasses.replace(registry, kana_on_juminhyo=False)
    plain = build_content("juminhyo", hanako, no_kana, Options())
    assert plain.records[0].rows[0][0].reading == ""
    shohon = build_content("koseki-shohon", hanako, registry, Options())
    assert [row[0] for row in shohon.table.rows] == ["花子"]
    tohon = build_content("koseki-tohon", hanako, registry, Options())
    assert len(tohon.table.rows) == 4
    seal = build_content("inkan", hanako, registry, Options())
    assert seal.seal_text == "花子"
    tax = build_content("kazei", registry.get("R000007"), registry, Options())
    assert ("年度", "令和8年度（令和7年分所得）") in tax.items
    assert ("総所得金額", "2,090,000円") in tax.items
    fuhyo = build_content("koseki-fuhyo", hanako, registry, Options())
    assert fuhyo.table.rows[-1] == ("はなみずき市南町一丁目2番3号", "平成21年5月5日")


def _ground_pdf(tmp_path):
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    pattern.draw_copy_deterrent(page, *A4)
    page.showPage()
    page.save()
    path = tmp_path / "ground.pdf"
    path.write_bytes(out.getvalue())
    return path


def _page(path, dpi, name):
    stem = path.parent / name
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(path), str(stem)],
        check=True,
    )
    return Image.open(stem.with_suffix(".png")).convert("L")


def test_the_screens_ink_the_same_share_of_paper():
    line, dot = pattern.coverage()
    assert line == pytest.approx(dot, rel=0.01) and 0.05 <= line <= 0.1
    assert 0.042 * mm <= pattern.LINE  # one 600-dpi dot: the printer can print it
    assert pattern.DOT >= 3 * pattern.LINE  # coarse enough to survive a copier
    assert len(pattern.word_cells()) > 500


def test_the_ground_is_an_even_tint_that_shows_fukusha_when_copied(tmp_path):
    path = _ground_pdf(tmp_path)
    # The original as printed at 600 dpi and seen from reading distance (2 mm of blur).
    original = _page(path, 600, "original")
    seen = original.resize((original.width // 6, original.height // 6), Image.Resampling.BOX)
    seen = seen.filter(ImageFilter.BoxBlur(4))
    w, h = seen.size
    low, high = seen.crop((w // 10, h // 10, w * 9 // 10, h * 9 // 10)).getextrema()
    assert high - low <= 5, (low, high)  # an even pale tint: no word to be seen
    assert 238 <= (low + high) / 2 <= 250
    # A copier, modelled as a blur and a threshold: the fine lines vanish, the word's dots stay.
    copied = original.filter(ImageFilter.GaussianBlur(1.5)).point(lambda v: 0 if v < 215 else 255)
    px_per_cell = 600 / 25.4 * pattern.PITCH / mm
    word = pattern.word_cells()
    columns, rows = round(pattern.TILE_W / pattern.PITCH), round(pattern.TILE_H / pattern.PITCH)
    inked = {True: 0, False: 0}
    counted = {True: 0, False: 0}
    for row in range(rows):
        for column in range(columns):
            x = round((column + 0.5) * px_per_cell)
            y = copied.height - 1 - round((row + 0.5) * px_per_cell)
            inside = (column, row) in word
            counted[inside] += 1
            inked[inside] += copied.getpixel((x, y)) == 0
    assert inked[True] / counted[True] > 0.8  # 「複写」 stands out on the copy
    assert inked[False] / counted[False] < 0.01  # and nothing else does


def test_pdf_embeds_its_font_the_pattern_and_both_seals(registry, tmp_path):
    hanako = registry.get("R000002")
    pdf = render_pdf(
        build_content("inkan", hanako, registry, Options()),
        Issue(
            "はなみずき市役所",
            registry.mayor,
            TODAY,
            "20261122-0000ABCD",
            "ABCD-EFGH-JKLM-NPQR",
            "https://city.example/verify/ABCD-EFGH-JKLM-NPQR",
            1,
            1,
        ),
    )
    path = tmp_path / "inkan.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), fonts.stdout
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    sizes = {tuple(line.split()[3:5]) for line in images}
    assert ("600", "600") in sizes and ("300", "300") in sizes  # mayor's seal, registered seal
    # The 「複写」 ground is vector screens, not a picture: only the seals and the QR code are.
    assert len([line for line in images if line.split()[2] == "image"]) == 3
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "595.276 x 841.89 pts (A4)" in info.stdout
    assert "Pages:           1" in info.stdout


def test_the_mayors_seal_is_square():
    seal = Image.open(io.BytesIO(artwork.mayor_seal())).convert("RGBA")
    size = seal.width
    near_corner = seal.getpixel((size // 20, size // 20))
    mid_edge = seal.getpixel((size // 2, size // 20))
    assert near_corner[3] > 200 and near_corner[0] > 150  # the frame reaches the corner: 角印
    assert mid_edge[3] > 200
    centre_ink = seal.crop((size // 4, size // 4, size * 3 // 4, size * 3 // 4)).getextrema()[3]
    assert centre_ink[1] > 200  # the text inside


def test_the_juminhyo_carries_its_fields_and_closes_with_blank_below(registry, tmp_path):
    hanako = registry.get("R000002")
    pdf = render_pdf(
        build_content("juminhyo", hanako, registry, Options("all", True, False)),
        Issue(
            "はなみずき市役所",
            registry.mayor,
            TODAY,
            "20261122-0000ABCD",
            "ABCD-EFGH-JKLM-NPQR",
            "https://city.example/verify/ABCD-EFGH-JKLM-NPQR",
            1,
            1,
        ),
    )
    path = tmp_path / "juminhyo.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.replace(" ", "")
    for field in ("住民となった年月日", "住所を定めた年月日", "届出日", "前住所", "ヤマダ"):
        assert field in text, field
    assert text.count("以下余白") == 1
    assert text.index("以下余白") > text.rindex("前住所")  # after the last person
    assert text.index("以下余白") < text.index("この写しは")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
