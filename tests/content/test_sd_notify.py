"""The sd_notify sender against a real unix datagram socket, as systemd's NOTIFY_SOCKET."""

import logging

import pytest

from content.sd_notify import Notifier
from tests.notify_socket import NotifySocket


@pytest.fixture
def listener(tmp_path):
    sock = NotifySocket(tmp_path / "notify")
    yield sock
    sock.close()


def test_messages_arrive_as_systemd_reads_them(listener):
    notifier = Notifier(listener.address, 30_000_000)
    assert notifier.ready("kiosk hanamizuki-cc-01")
    assert notifier.watchdog()
    assert notifier.status("待受中")
    assert notifier.stopping()
    listener.wait_for("STOPPING=1")
    assert [message for _, message in listener.received()] == [
        "READY=1\nSTATUS=kiosk hanamizuki-cc-01",
        "WATCHDOG=1",
        "STATUS=待受中",
        "STOPPING=1",
    ]


def test_abstract_namespace_address(tmp_path):
    sock = NotifySocket(abstract=f"machikado-test-{tmp_path.name}")
    try:
        assert Notifier(sock.address).ready()
        sock.wait_for("READY=1")
    finally:
        sock.close()


def test_from_environment_takes_the_variables_away_from_children(listener):
    env = {
        "NOTIFY_SOCKET": listener.address,
        "WATCHDOG_USEC": "20000000",
        "WATCHDOG_PID": "1",
        "PATH": "/usr/bin",
    }
    notifier = Notifier.from_environment(env)
    assert notifier.enabled
    assert notifier.watchdog_interval_s == 10.0
    # The PID is cage's under cage: the watchdog is used all the same.
    assert env == {"PATH": "/usr/bin"}


def test_outside_systemd_nothing_is_sent():
    notifier = Notifier.from_environment({})
    assert not notifier.enabled
    assert notifier.watchdog_interval_s is None
    assert not notifier.ready()
    assert not notifier.watchdog()


@pytest.mark.parametrize("value", ["", "0", "-5", "soon"])
def test_no_watchdog_without_a_positive_period(listener, value, caplog):
    notifier = Notifier.from_environment(
        {"NOTIFY_SOCKET": listener.address, "WATCHDOG_USEC": value}
    )
    assert notifier.enabled
    assert notifier.watchdog_interval_s is None
    if value == "soon":
        assert "WATCHDOG_USEC is not a number" in caplog.text


def test_a_socket_that_went_away_is_logged_once_and_never_raises(tmp_path, caplog):
    notifier = Notifier(str(tmp_path / "gone"))
    with caplog.at_level(logging.WARNING, logger="content.sd_notify"):
        assert not notifier.watchdog()
        assert not notifier.watchdog()
    assert caplog.text.count("cannot notify the service manager") == 1


def test_a_field_over_two_lines_is_refused(listener):
    with pytest.raises(ValueError, match="STATUS must be one line"):
        Notifier(listener.address).notify(STATUS="one\nREADY=1")
    assert listener.received() == []
