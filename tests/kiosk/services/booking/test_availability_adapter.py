"""The public reads through a real gateway: rules, facilities, a named week; offline as kept."""

import datetime as dt
import json

import pytest

from content.municipality import sample_folder
from kiosk.blocks.checkout.ports import Held
from kiosk.services.booking.adapters.availability import AvailabilityAdapter
from kiosk.services.booking.adapters.journal import BookingJournal
from kiosk.services.booking.core.ports import BookingError
from offline_cache.booking import BookingCache
from offline_cache.client import GatewayClient

HALL = "tanashi-kominkan"
MONDAY = dt.date(2027, 3, 1)


def rows():
    data = json.loads((sample_folder() / "facilities.json").read_text(encoding="utf-8"))
    return data if isinstance(data, list) else data["facilities"]


def test_the_directory_and_a_week_come_with_names_capacities_and_as_of(client, tmp_path):
    adapter = AvailabilityAdapter(BookingCache(tmp_path / "booking", client), rows)
    directory = adapter.directory()
    assert directory.fresh and directory.places[0].facility == HALL
    week = adapter.week(directory, HALL, MONDAY)
    assert week.fresh and week.days[0] == MONDAY and len(week.days) == 7
    meeting = week.unit("meeting-1")
    assert meeting.name("ja") == "第1会議室" and meeting.capacity == 30
    assert meeting.cell(MONDAY, "am").state == "closed"  # the centre closes on Mondays
    assert meeting.cell(MONDAY + dt.timedelta(days=1), "am").bookable


def test_offline_the_kept_week_is_shown_and_never_kept_says_unreachable(live, tmp_path):
    client = GatewayClient(live.url, live.token, retries=0, connect_timeout=0.5)
    adapter = AvailabilityAdapter(BookingCache(tmp_path / "booking", client), lambda: None)
    directory = adapter.directory()
    assert directory.places and directory.places[0].names == {"ja": HALL}  # before a sync
    adapter.week(directory, HALL, MONDAY)
    live.stop()
    kept = adapter.week(adapter.directory(), HALL, MONDAY)
    assert not kept.fresh
    with pytest.raises(BookingError) as never:
        adapter.week(directory, HALL, MONDAY + dt.timedelta(days=7))
    assert never.value.key == "gateway.unreachable"
    client.close()


def test_the_journal_names_the_order_and_the_money_not_the_resident(tmp_path):
    journal = BookingJournal(tmp_path / "journal.jsonl")
    journal.held("ref-1", Held("hold-1", 4200, "ic"))
    journal.issued("ref-1", "BK-AAAA-BBBB")
    journal.settled("ref-1", "collected", 4200)
    assert [e["event"] for e in journal.entries()] == ["held", "confirmed", "settled"]
    assert journal.entries()[1]["booking"] == "BK-AAAA-BBBB"
