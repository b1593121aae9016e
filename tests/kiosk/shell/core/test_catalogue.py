"""Catalogues read without Qt: finished translations only, and a clear error for a bad file."""

import pytest

from kiosk.shell.core.messages import Catalogue, CatalogueError, read_ts, translate

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>shell</name>
    <message><source>Done</source><translation>完了</translation></message>
    <message><source>Draft</source><translation type="unfinished">下書き</translation></message>
    <message><source>Gone</source><translation type="vanished">消えた</translation></message>
</context>
</TS>
"""


def test_only_finished_translations_count(tmp_path):
    (tmp_path / "shell_ja.ts").write_text(TS, encoding="utf-8")
    words = Catalogue.load([tmp_path], ["ja", "en"])
    assert words.text(translate("shell", "Done"), "ja") == "完了"
    assert not words.has(translate("shell", "Draft"), "ja")
    assert words.text(translate("shell", "Draft"), "ja") == "Draft"  # the English source
    assert words.text(translate("shell", "Done"), "en") == "Done"
    assert read_ts(tmp_path / "shell_ja.ts") == {("shell", "Done"): "完了"}


@pytest.mark.parametrize(
    "text", ["", "<TS><context>", "<html/>", '<!DOCTYPE x [<!ENTITY a "b">]><TS>&a;</TS>']
)
def test_a_bad_catalogue_is_refused_with_its_name(tmp_path, text):
    path = tmp_path / "shell_ja.ts"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"shell_ja\.ts"):
        read_ts(path)
