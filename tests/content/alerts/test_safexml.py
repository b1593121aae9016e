"""Untrusted XML is refused with a reason for every attack and every broken document."""

import pytest

from content.alerts.read import read_document
from content.alerts.safexml import Limits, RefusedError, parse
from tests.content.alerts.samples import sample


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("attacks/billion_laughs.xml", "dtd_forbidden"),
        ("attacks/external_entity.xml", "dtd_forbidden"),
        ("attacks/external_dtd.xml", "dtd_forbidden"),
        ("attacks/truncated.xml", "truncated"),
        ("attacks/wrong_namespace.xml", "wrong_namespace"),
    ],
)
def test_attacks_and_broken_documents_are_refused_with_their_reason(name, reason):
    with pytest.raises(RefusedError) as refused:
        read_document(sample(name), name)
    assert refused.value.reason == reason
    assert refused.value.message


def test_an_entity_without_a_dtd_is_not_expanded():
    with pytest.raises(RefusedError) as refused:
        parse(b"<a>&undefined;</a>")
    assert refused.value.reason == "malformed"
    assert "line 1" in refused.value.message


def test_oversized_documents_are_refused_before_parsing():
    big = b"<a>" + b"x" * 2000 + b"</a>"
    with pytest.raises(RefusedError) as refused:
        parse(big, Limits(max_bytes=1000))
    assert refused.value.reason == "too_large"
    assert "2007 bytes" in refused.value.message


def test_deep_nesting_is_refused():
    deep = b"<a>" * 100 + b"</a>" * 100
    with pytest.raises(RefusedError) as refused:
        parse(deep, Limits(max_depth=50))
    assert refused.value.reason == "too_deep"
    assert parse(deep, Limits(max_depth=100)).tag == "a"


def test_a_slow_parse_is_stopped():
    ticks = iter(range(0, 10**6, 10))  # a clock that moves 10 s per reading
    many = b"<a>" + b"<b/>" * 2000 + b"</a>"
    with pytest.raises(RefusedError) as refused:
        parse(many, Limits(max_seconds=5), clock=lambda: next(ticks))
    assert refused.value.reason == "too_slow"


@pytest.mark.parametrize("data", [b"", b"   \n", b"<a></b>", b"not xml at all", b"<a><b>"])
def test_empty_and_malformed_input_is_refused(data):
    with pytest.raises(RefusedError) as refused:
        parse(data)
    assert refused.value.reason in {"empty", "malformed", "truncated"}


def test_an_rss_or_unknown_root_is_refused():
    with pytest.raises(RefusedError) as refused:
        read_document(b"<rss version='2.0'><channel/></rss>", "x")
    assert refused.value.reason == "wrong_namespace"
