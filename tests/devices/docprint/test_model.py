"""Reading IPP printer-state-reasons into a problem and warnings."""

from devices.docprint.model import QueueState, read_state, split_reason
from devices.monitor import Health


def test_severity_suffixes_are_split():
    assert split_reason("media-empty-error") == ("media-empty", "error")
    assert split_reason("toner-low-report") == ("toner-low", "report")
    assert split_reason("media-jam") == ("media-jam", "")


def test_idle_queue_has_no_problem():
    state = read_state("A4", 3, ["none"], True)
    assert state.state is QueueState.IDLE and state.problem is None
    assert state.health() == Health(True)


def test_errors_stop_printing_and_reports_are_warnings():
    state = read_state("A4", 3, ["toner-low-report", "media-empty-error", "offline-report"], True)
    assert state.problem == "media-empty"
    assert state.warnings == ("toner-low", "offline")
    assert state.health() == Health(False, "docprint.media_empty")


def test_bare_blocking_keywords_and_stopped_queues():
    assert read_state("A4", 3, ["media-jam"], True).problem == "media-jam"
    assert read_state("A4", 5, ["paused"], True).problem == "paused"
    assert read_state("A4", 5, ["none"], True).problem == "stopped"
    assert read_state("A4", 3, ["none"], False).problem == "not-accepting"
    assert read_state("A4", 3, ["toner-low"], True).health() == Health(True, warning="toner-low")
