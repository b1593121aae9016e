"""Booking's public reads through a real gateway: kept on disk, asked again by ETag, offline."""

import datetime as dt
import json

import pytest

from offline_cache.booking import BookingCache
from offline_cache.client import GatewayClient
from offline_cache.errors import GatewayError, GatewayUnreachableError

FACILITY = "tanashi-kominkan"
MONDAY = dt.date(2027, 3, 1)


class Spy(GatewayClient):
    """A client that remembers the status of every answer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.statuses = []

    def get(self, path, **kwargs):
        reply = super().get(path, **kwargs)
        self.statuses.append(reply.status)
        return reply


@pytest.fixture
def client(live):
    spy = Spy(live.url, live.token, retries=0, connect_timeout=0.5, read_timeout=5)
    yield spy
    spy.close()


def test_the_rules_and_a_week_are_kept_and_asked_again_by_etag(live, client, tmp_path):
    cache = BookingCache(tmp_path / "booking", client)
    rules = cache.rules()
    assert rules.fresh and any(f["facility"] == FACILITY for f in rules.payload["facilities"])
    week = cache.week(FACILITY, MONDAY)
    assert week.fresh and week.payload["from"] == MONDAY.isoformat()
    assert {u["unit"] for u in week.payload["units"]} >= {"meeting-1", "meeting-2"}
    assert week.as_of.tzinfo is not None
    again = cache.week(FACILITY, MONDAY)
    assert again.fresh and again.payload == week.payload
    assert client.statuses == [200, 200, 304]


def test_with_the_gateway_gone_the_kept_week_is_shown_with_when_it_was_true(live, tmp_path):
    client = GatewayClient(live.url, live.token, retries=0, connect_timeout=0.5)
    cache = BookingCache(tmp_path / "booking", client)
    first = cache.week(FACILITY, MONDAY)
    live.stop()
    kept = cache.week(FACILITY, MONDAY)
    assert not kept.fresh and kept.payload == first.payload and kept.as_of == first.as_of
    assert cache.kept_week(FACILITY, MONDAY) == kept
    with pytest.raises(GatewayUnreachableError):
        cache.week(FACILITY, MONDAY + dt.timedelta(days=7))  # never fetched: nothing to show
    client.close()


def test_before_the_client_is_connected_only_what_is_kept_is_shown(tmp_path, live, client):
    folder = tmp_path / "booking"
    BookingCache(folder, client).rules()
    offline = BookingCache(folder, lambda: None)
    assert not offline.rules().fresh
    with pytest.raises(GatewayUnreachableError):
        offline.week(FACILITY, MONDAY)
    assert offline.kept_week(FACILITY, MONDAY) is None


def test_an_unreadable_kept_copy_is_fetched_anew(tmp_path, client):
    folder = tmp_path / "booking"
    cache = BookingCache(folder, client)
    cache.week(FACILITY, MONDAY)
    (path,) = folder.glob("week-*.json")
    path.write_text("{not json", encoding="utf-8")
    week = cache.week(FACILITY, MONDAY)
    assert week.fresh and client.statuses == [200, 200]
    assert json.loads(path.read_text(encoding="utf-8"))["payload"] == week.payload


def test_unknown_facilities_and_bad_ranges_are_refused(tmp_path, client):
    cache = BookingCache(tmp_path / "booking", client)
    with pytest.raises(GatewayError) as unknown:
        cache.week("no-such-hall", MONDAY)
    assert unknown.value.status == 404 and unknown.value.code == "unknown_facility"
    with pytest.raises(ValueError, match="facility id"):
        cache.week("../etc", MONDAY)
    with pytest.raises(ValueError, match="1 to 14 days"):
        cache.week(FACILITY, MONDAY, days=15)


def test_old_weeks_beyond_the_limit_are_dropped(tmp_path, client):
    folder = tmp_path / "booking"
    cache = BookingCache(folder, client, max_files=2)
    for weeks in range(3):
        cache.week(FACILITY, MONDAY + dt.timedelta(days=7 * weeks))
    assert len(list(folder.glob("week-*.json"))) == 2
    assert cache.kept_week(FACILITY, MONDAY) is None


def test_a_refusal_keeps_what_it_says_beside_its_code(tmp_path):
    """The slot taken, the cap reached: the fields beside code and message reach the kiosk."""
    import http.server
    import threading

    body = {
        "error": {
            "code": "slot_taken",
            "message": "taken",
            "slot": {"unit": "meeting-2", "division": "night"},
        }
    }

    class Refusing(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            data = json.dumps(body).encode()
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(409)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    client = GatewayClient(f"http://127.0.0.1:{server.server_port}", "token", retries=0)
    try:
        with pytest.raises(GatewayError) as refused:
            client.post("booking/bookings", {}, "key-1")
        assert refused.value.code == "slot_taken"
        assert refused.value.detail == {"slot": {"unit": "meeting-2", "division": "night"}}
    finally:
        client.close()
        server.shutdown()
        server.server_close()
        thread.join()
