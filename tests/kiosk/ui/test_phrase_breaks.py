"""Qt lays out typeset Japanese with breaks between phrases only: QTextLayout and a QML Text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtQml import QQmlComponent, QQmlEngine

import kiosk
from content.phrasing import WORD_JOINER, ZERO_WIDTH_SPACE, plain, typeset
from kiosk.tour import click, visual_items, wait_for_frame

PX = 32
SENTENCE = "マイナンバーカードで、住民票の写し、印鑑登録証明書、課税証明書などが取れます。"
KIOSK = Path(kiosk.__file__).resolve().parent
CATALOGUE = KIOSK / "services/certificates/messages/certificates_ja.qm"
EASY = KIOSK / "services/certificates/messages/certificates_ja-easy.qm"
TILE = (
    "Certificate of residence, seal registration, tax and family register certificates, "
    "with your My Number card."
)


def font() -> QFont:
    face = QFont("Noto Sans CJK JP")
    face.setPixelSize(PX)
    return face


def laid_out(text: str, width: float) -> list[str]:
    """The lines Qt makes of ``text`` at ``width`` pixels, as Text.Wrap does, joiners removed."""
    layout = QTextLayout(text, font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(plain(text[line.textStart() : line.textStart() + line.textLength()]))
    layout.endLayout()
    return lines


WORDS = ("マイナンバーカード", "住民票", "印鑑登録証明書", "課税証明書")


def split_words(lines: list[str]) -> list[str]:
    """The words of WORDS that the lines cut in two."""
    joined = "|".join(lines)
    return [w for w in WORDS if w not in joined.replace("|", "") or w not in "".join(lines)] + [
        w for w in WORDS if any(w[:i] + "|" + w[i:] in joined for i in range(1, len(w)))
    ]


def test_qt_alone_breaks_inside_words_at_some_width(qapp):
    cut = [
        w
        for width in range(7 * PX, 16 * PX, PX // 2)
        for w in split_words(laid_out(SENTENCE, width))
    ]
    assert "印鑑登録証明書" in cut  # what residents saw: 印鑑登録証/明書


@pytest.mark.parametrize("width", range(9 * PX, 20 * PX, PX // 4))
def test_typeset_text_breaks_only_between_phrases(qapp, width):
    lines = laid_out(typeset(SENTENCE, "ja"), width)
    assert "".join(lines) == SENTENCE
    assert split_words(lines) == [], lines
    assert all(not line.startswith(("、", "。")) for line in lines)


@pytest.mark.parametrize("width", range(15 * PX, 32 * PX, PX))
def test_a_url_breaks_only_after_a_slash(qapp, width):
    # Qt alone also breaks after a hyphen (kotei-/shisanzei), as if the hyphen were added
    url = "https://www.city.hanamizuki.example/kurashi/zei/kotei-shisanzei-noki.html"
    lines = laid_out(typeset(url, "ja"), width)
    assert "".join(lines) == url
    assert all(line.endswith("/") for line in lines[:-1]), lines


def test_qt_alone_breaks_a_url_after_a_hyphen(qapp):
    url = "https://www.city.hanamizuki.example/kurashi/zei/kotei-shisanzei-noki.html"
    assert laid_out(url, 28 * PX)[0].endswith("kotei-")


def test_a_qml_text_breaks_before_the_whole_word(qapp):
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(
        f"""import QtQuick
Text {{
    width: {11 * PX}; wrapMode: Text.Wrap; font.family: "Noto Sans CJK JP"
    font.pixelSize: {PX}; text: ""
}}""".encode(),
        "",
    )
    text = "住民票の写しと印鑑登録証明書と課税証明書"
    item = component.create()
    assert item is not None, component.errorString()
    item.setProperty("text", text)
    raw = laid_out(text, 11 * PX)
    assert raw == ["住民票の写しと印鑑登録", "証明書と課税証明書"]  # the word cut in two
    assert item.property("lineCount") == len(raw)
    item.setProperty("text", typeset(text, "ja"))
    lines = laid_out(typeset(text, "ja"), 11 * PX)
    assert lines == ["住民票の写しと", "印鑑登録証明書と", "課税証明書"]
    assert item.property("lineCount") == len(lines)  # the QML Text lays out as QTextLayout does


def test_the_compiled_catalogue_is_typeset(qapp):
    # make translations typesets as it compiles: no Python runs inside QTranslator::translate
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    QCoreApplication.installTranslator(translator)
    try:
        shown = QCoreApplication.translate("certificates", TILE)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert WORD_JOINER in shown
    assert "印⁠鑑⁠登⁠録⁠証⁠明⁠書" in shown
    assert plain(shown).startswith("マイナンバーカードで、住民票の写し、印鑑登録証明書、")


def test_easy_japanese_is_compiled_with_its_readings_shown(qapp):
    translator = QTranslator()
    assert translator.load(str(EASY))
    QCoreApplication.installTranslator(translator)
    try:
        shown = QCoreApplication.translate("ChoosePage", "Choose a certificate")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert plain(shown) == "証明書（しょうめいしょ）を 選（えら）んで ください"
    assert "証⁠明⁠書（⁠し⁠ょ⁠う⁠め⁠い⁠し⁠ょ⁠）" in shown  # may break before a long reading


def test_speech_never_hears_the_joiners_nor_a_reading_twice(kiosk, qtbot):
    speech = kiosk.engine.singletonInstance("Kiosk", "App").property("speech")
    shown = typeset("{印鑑登録証明書|いんかんとうろくしょうめいしょ}を {出|だ}しました", "ja-easy")
    with qtbot.waitSignal(speech.spoken) as said:
        speech.alert(shown)
    assert said.args[0] == "印鑑登録証明書を 出しました"


def test_a_notice_is_shown_typeset_and_found_by_its_reading(kiosk):
    notices = kiosk.views["notices"]
    kiosk.session.start()
    kiosk.session.setLanguage("ja-easy")
    notices.search("ねんまつねんし")
    model = notices.list
    titles = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert titles and all(WORD_JOINER in title for title in titles)
    assert any("年末年始（ねんまつねんし）" in plain(title) for title in titles), titles
    notices.search("年末年始")
    assert model.rowCount() == len(titles)


def test_the_notice_address_under_its_qr_code_is_shown_typeset(kiosk):
    kiosk.session.start()
    flow = kiosk.session.core.flows["notices"]
    click(kiosk.window, "tile_notices")
    notice = next(n for n in flow.browser.visible("ja") if n.url)
    kiosk.view("notices").open(notice.id)
    wait_for_frame(kiosk.window)
    shown = [
        item
        for item in visual_items(kiosk.window.contentItem())
        if plain(str(item.property("text") or "")) == notice.url and item.isVisible()
    ]
    assert shown, "the address is not on screen"
    assert ZERO_WIDTH_SPACE in shown[0].property("text")  # breaks after its slashes
