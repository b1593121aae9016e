"""What certificates say and look like, without HTTP: eras, eligibility, content, pattern."""

import datetime as dt
import io
import subprocess

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from content.residents import load_sample_residents
from gateway.issuance import artwork
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
    assert own.table.rows == (("山田　花子", "昭和60年4月12日", "女", "平成21年5月5日"),)
    assert ("本籍", "はなみずき市南町一丁目2番地") not in own.items
    whole = build_content("juminhyo", hanako, registry, Options("all", True, True))
    assert [row[0] for row in whole.table.rows] == [
        "山田　太郎",
        "山田　花子",
        "山田　翔",
        "山田　さくら",
    ]
    assert ("本籍", "はなみずき市南町一丁目2番地") in whole.items
    assert whole.table.rows[0][-1] == "世帯主"
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


def _mask(tile):
    """Where the latent word is, drawn the way the artwork draws it."""
    mask = Image.new("L", tile.size, 0)
    font = artwork._font(int(tile.size[1] * 0.62))
    ImageDraw.Draw(mask).text(
        (tile.size[0] / 2, tile.size[1] / 2), "複写", font=font, fill=255, anchor="mm"
    )
    return mask.rotate(12, resample=Image.Resampling.BILINEAR, fillcolor=0).point(
        lambda v: 255 if v > 127 else 0
    )


def _ink_share(image, mask):
    ink = image.point(lambda v: 255 if v < 200 else 0)
    inside = ImageChops.multiply(ink, mask)
    outside = ImageChops.multiply(ink, ImageChops.invert(mask))

    def lit(image):
        return image.size[0] * image.size[1] - image.histogram()[0]

    area_in = lit(mask)
    area_out = mask.size[0] * mask.size[1] - area_in
    return lit(inside) / area_in, lit(outside) / area_out


def test_the_background_hides_fukusha_until_copied():
    tile = Image.open(io.BytesIO(artwork.copy_deterrent_tile())).convert("L")
    mask = _mask(tile)
    inside, outside = _ink_share(tile, mask)
    # The original: the same share of ink inside the word as around it.
    assert inside == pytest.approx(1 / 16, rel=0.2)
    assert outside == pytest.approx(1 / 16, rel=0.2)
    # A copier, modelled as a blur and a threshold: the fine dots vanish, the word stays.
    copied = tile.filter(ImageFilter.GaussianBlur(1.5)).point(lambda v: 0 if v < 215 else 255)
    inside, outside = _ink_share(copied, mask)
    assert inside > 0.03
    assert outside < inside / 20


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
    tile = Image.open(io.BytesIO(artwork.copy_deterrent_tile()))
    assert (str(tile.size[0]), str(tile.size[1])) in sizes  # the 「複写」 background
    assert ("600", "600") in sizes and ("300", "300") in sizes  # mayor's seal, registered seal
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "595.276 x 841.89 pts (A4)" in info.stdout
    assert "Pages:           1" in info.stdout
