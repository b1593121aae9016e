"""``machikado gateway booking …``: the city cancels, records the day, lapses unpaid bookings."""

from machikado.cli import main
from tests.gateway.booking.conftest import result


def run(capsys, db, *args):
    code = main(["gateway", "--db", db, *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_city_cancels_with_a_full_refund_and_unknown_bookings_are_named(booker, gw, capsys):
    booking = result(booker.book(booker.resident(), "meeting-1", "2027-03-02", ["am"], 1800))
    result(booker.confirm(booking["id"], amount=1800))
    db = str(gw.engine.url)
    code, out = run(capsys, db, "booking", "cancel", booking["id"], "--reason", "water leak")
    assert code == 0 and "refund 1800 yen" in out
    code, out = run(capsys, db, "booking", "cancel", booking["id"], "--reason", "again")
    assert code == 1 and "cancelled" in out
    code, out = run(capsys, db, "booking", "no-show", "BK-AAAA-AAAA")
    assert code == 1 and "no booking BK-AAAA-AAAA" in out
    code, out = run(capsys, db, "booking", "sweep")
    assert code == 0 and "lapsed" in out
    code, out = run(capsys, db, "lottery", "verify")
    assert code == 1 and "FACILITY CALENDAR MONTH" in out
