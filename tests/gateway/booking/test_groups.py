"""Groups book as one holder: both cards sign to add a member, the group's share sets the rate."""

from tests.gateway.booking.conftest import error, result

DAY = "2027-03-03"


def test_a_group_with_a_resident_majority_books_at_the_resident_rate(booker):
    visitor, resident, outsider = booker.visitor(), booker.resident("R000006"), booker.visitor()
    group = result(booker.post("groups", {"proof": booker.proof(visitor), "name": "卓球の会"}))
    assert group["members"] == 1 and group["resident_rate"] is False
    body = {"representative": booker.proof(visitor), "member": booker.proof(resident)}
    group = result(booker.post(f"groups/{group['id']}/members", body))
    assert group == {**group, "members": 2, "residents": 1, "resident_rate": True}
    booking = result(booker.book(visitor, "washitsu", DAY, ["am"], 1500, group=group["id"]))
    assert booking["group"] == group["id"] and booking["fee"]["resident_percent"] == 100
    assert [b["id"] for b in booker.mine(resident)["bookings"]] == [booking["id"]]
    refused = booker.book(outsider, "washitsu", DAY, ["pm"], 3000, group=group["id"])
    assert refused.status_code == 403 and error(refused)["code"] == "not_a_member"
    body = {"representative": booker.proof(resident), "member": booker.proof(outsider)}
    not_rep = booker.post(f"groups/{group['id']}/members", body)
    assert not_rep.status_code == 403 and error(not_rep)["code"] == "not_representative"


def test_the_group_s_caps_are_its_own(booker):
    rep = booker.resident("R000005")
    group = result(booker.post("groups", {"proof": booker.proof(rep), "name": "囲碁クラブ"}))
    result(booker.book(rep, "meeting-1", DAY, ["am", "pm"], 4200, group=group["id"]))
    over = booker.book(rep, "meeting-2", DAY, ["am"], 1200, group=group["id"])
    assert error(over)["code"] == "quota_reached"
    result(booker.book(rep, "meeting-2", DAY, ["am"], 1200))  # on the resident's own account
