"""JSON for gateway answers: the same values as the standard library, or a refusal."""

import json

import pytest

from offline_cache import jsontext


@pytest.mark.parametrize(
    "value",
    [
        {"名前": "花子", "n": [1, 2.5, None, True, False], "empty": {}, "text": '改行\n"q"\t'},
        [2**70 + 1, 2**64 - 1, 2**63, -(2**63) - 1, 10**400],
        [0.1 + 0.2, 1e-300, -0.0, 1.7976931348623157e308, 0.12345678901234567],
        ["\ud800 lone surrogate", "\U0001f5fe", "\x00\x1f"],
        "job-0000000000000000000001",
    ],
)
def test_values_come_back_exactly(value) -> None:
    text = json.dumps(value, ensure_ascii=False)
    decoded = jsontext.loads(text.encode("utf-8", "surrogatepass"))
    assert decoded == value and repr(decoded) == repr(value)
    encoded = jsontext.dumps(decoded)
    assert json.loads(encoded) == value and repr(json.loads(encoded)) == repr(value)


def test_text_is_compact_and_keeps_non_ascii() -> None:
    assert jsontext.dumps({"名前": "花子", "n": [1, 2.5]}) == '{"名前":"花子","n":[1,2.5]}'


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff{}".encode(),  # a byte order mark
        "[1]".encode("utf-16"),
        "[1]".encode("utf-32-le"),
    ],
)
def test_other_unicode_encodings_are_read(raw) -> None:
    assert jsontext.loads(raw) in ({}, [1])


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"[NaN]", "NaN is not JSON"),
        (b'{"a":Infinity}', "Infinity is not JSON"),
        (b"[-Infinity]", "-Infinity is not JSON"),
        (b"[1e999]", "1e999 is out of range"),
        (b"[1.5e99999999999999999999]", "out of range"),
        (b"{not json", "Expecting property name"),
        (b"", "Expecting value"),
        (b"[1,]", "Expecting value"),
        (b'["\xff"]', "utf-8"),
    ],
)
def test_what_is_not_json_is_refused(raw, problem) -> None:
    with pytest.raises(ValueError, match=problem):
        jsontext.loads(raw)
