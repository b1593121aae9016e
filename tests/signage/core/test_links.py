"""QR short links: every QR item points at the gateway's counting link, nothing else changes."""

import pytest

from content.config.model import SignageConfig
from content.config.schema import FieldError
from signage.core import ItemKind, schedule_from_data, short_link, with_short_links


def schedule():
    qr = {"id": "gomi day", "kind": "qr", "duration_s": 5, "url": "https://city.example/g"}
    return schedule_from_data(
        {
            "playlists": [
                {"id": "a", "layer": "default", "items": [
                    {"id": "t", "kind": "text", "duration_s": 5, "text": "駅前"}, qr]},
                {"id": "b", "layer": "campaign", "items": [qr]},
            ]
        },
        source="test",
    )  # fmt: skip


def test_qr_items_get_the_short_link_and_the_rest_is_untouched():
    linked = with_short_links(schedule(), "https://gw.example/", "station-01")
    items = [item for playlist in linked.playlists for item in playlist.items]
    assert [i.url for i in items if i.kind is ItemKind.QR] == [
        "https://gw.example/q/station-01/gomi%20day"
    ] * 2
    assert items[0] == schedule().playlists[0].items[0]
    assert linked.fallback == schedule().fallback


def test_without_a_base_the_notice_urls_stay():
    assert with_short_links(schedule(), "", "station-01") == schedule()


def test_item_ids_cannot_escape_the_link_path():
    assert short_link("https://gw.example", "s-1", "../x/y?z") == (
        "https://gw.example/q/s-1/..%2Fx%2Fy%3Fz"
    )


@pytest.mark.parametrize("base", ["gw.example", "ftp://gw.example", "https://"])
def test_the_link_base_must_be_an_http_url(base):
    with pytest.raises(FieldError, match="public http"):
        SignageConfig(qr_link_base=base)
