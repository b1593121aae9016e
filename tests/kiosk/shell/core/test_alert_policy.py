"""The kiosk's alert policy: which alert the banner shows, when a takeover comes, when it waits."""

import datetime as dt

from content.alerts.model import Alert, Kind, Level, MsgType, Source, Status, Text
from kiosk.services.certificates.core.flow import Step
from kiosk.shell.core.alert_policy import NOTHING, AlertPolicy, mid_step
from offline_cache.alerts import HeldAlert
from tests.kiosk.services.certificates.certificate_fakes import enter_pin, make_rig
from tests.kiosk.services.certificates.walk import StepRunner, sample_entitlements

T0 = dt.datetime(2026, 12, 4, 6, 0, tzinfo=dt.UTC)


def held(
    key: str,
    level: Level = Level.WARNING,
    *,
    minutes: int = 0,
    version: int = 1,
    evacuation: int | None = None,
    drill: bool = False,
) -> HeldAlert:
    alert = Alert(
        key=key,
        source=Source.CITY,
        identifier=f"{key}#{version}",
        sender="city",
        sent=T0 + dt.timedelta(minutes=minutes),
        status=Status.EXERCISE if drill else Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=Kind.EVACUATION,
        level=level,
        texts=(Text("ja", headline="避難指示"),),
        evacuation_level=evacuation,
    )
    return HeldAlert(key, version, drill, T0.isoformat(), alert)


class Flow:
    """The part of a flow the policy reads."""

    def __init__(self, busy: bool = False, in_step: bool | None = None) -> None:
        self.busy = busy
        if in_step is not None:
            self.in_step = in_step


def test_nothing_in_force_shows_nothing():
    assert AlertPolicy().decide([], busy=False) == NOTHING


def test_information_is_for_the_disaster_tile_only():
    assert AlertPolicy().decide([held("a", Level.INFO)], busy=False) == NOTHING


def test_an_advisory_is_a_banner_without_a_takeover():
    advisory = held("a", Level.ADVISORY)
    screen = AlertPolicy().decide([advisory], busy=False)
    assert screen.banner is advisory and screen.takeover is None and screen.waiting is None
    assert not screen.announce


def test_the_banner_shows_the_most_serious_and_counts_the_others():
    advisory, warning, info = held("a", Level.ADVISORY), held("b"), held("c", Level.INFO)
    screen = AlertPolicy().decide([advisory, info, warning], busy=False)
    assert screen.banner is warning and screen.others == 1


def test_the_evacuation_level_orders_alerts_of_one_level():
    level3, level4 = held("a", Level.DANGER, evacuation=3), held("b", Level.DANGER, evacuation=4)
    assert AlertPolicy().decide([level3, level4], busy=False).banner is level4


def test_a_warning_takes_over_and_announces_once():
    policy = AlertPolicy()
    warning = held("a")
    first = policy.decide([warning], busy=False)
    assert first.takeover is warning and first.announce
    again = policy.decide([warning], busy=False)
    assert again.takeover is warning and not again.announce


def test_a_takeover_waits_while_the_flow_is_mid_step_then_comes():
    policy = AlertPolicy()
    warning = held("a", Level.DANGER, evacuation=4)
    waiting = policy.decide([warning], busy=True)
    assert waiting.takeover is None and waiting.waiting is warning
    assert waiting.banner is warning  # the banner is there at once: it covers no control
    shown = policy.decide([warning], busy=False)
    assert shown.takeover is warning and shown.waiting is None and shown.announce


def test_a_takeover_on_screen_stays_when_the_flow_says_busy():
    policy = AlertPolicy()
    warning = held("a")
    policy.decide([warning], busy=False)
    assert policy.decide([warning], busy=True).takeover is warning


def test_dismissed_it_stays_a_banner():
    policy = AlertPolicy()
    warning = held("a")
    policy.decide([warning], busy=False)
    policy.dismiss()
    screen = policy.decide([warning], busy=False)
    assert screen.takeover is None and screen.banner is warning and not screen.announce


def test_a_correction_at_the_same_seriousness_does_not_take_over_again():
    policy = AlertPolicy()
    policy.decide([held("a")], busy=False)
    policy.dismiss()
    corrected = held("a", version=2)
    screen = policy.decide([corrected], busy=False)
    assert screen.takeover is None and screen.banner is corrected


def test_the_same_alert_more_serious_takes_over_again():
    policy = AlertPolicy()
    policy.decide([held("a", Level.DANGER, evacuation=3)], busy=False)
    policy.dismiss()
    raised = held("a", Level.DANGER, version=2, evacuation=4)
    screen = policy.decide([raised], busy=False)
    assert screen.takeover is raised and screen.announce


def test_a_new_alert_takes_over_after_one_was_dismissed():
    policy = AlertPolicy()
    first = held("a")
    policy.decide([first], busy=False)
    policy.dismiss()
    second = held("b", minutes=5)
    screen = policy.decide([first, second], busy=False)
    assert screen.takeover is second and screen.announce


def test_a_more_serious_alert_replaces_the_takeover_on_screen_even_mid_step():
    policy = AlertPolicy()
    warning = held("a")
    policy.decide([warning], busy=False)
    emergency = held("b", Level.EMERGENCY, evacuation=5)
    screen = policy.decide([warning, emergency], busy=True)
    assert screen.takeover is emergency and screen.announce


def test_one_dismissal_covers_every_alert_that_was_due():
    policy = AlertPolicy()
    alerts = [held("a"), held("b", Level.DANGER)]
    policy.decide(alerts, busy=False)
    policy.dismiss()
    assert policy.decide(alerts, busy=False).takeover is None


def test_dismissing_while_nothing_takes_over_sees_nothing():
    policy = AlertPolicy()
    warning = held("a")
    policy.decide([warning], busy=True)
    policy.dismiss()  # a stray press: the waiting takeover is not seen
    assert policy.decide([warning], busy=False).takeover is warning


def test_a_cancelled_alert_leaves_the_takeover_and_the_banner():
    policy = AlertPolicy()
    policy.decide([held("a")], busy=False)
    assert policy.decide([], busy=False) == NOTHING


def test_a_cancelled_alert_leaves_the_waiting_takeover_too():
    policy = AlertPolicy()
    policy.decide([held("a")], busy=True)
    assert policy.decide([], busy=False) == NOTHING


def test_a_downgrade_to_an_advisory_ends_the_takeover():
    policy = AlertPolicy()
    policy.decide([held("a")], busy=False)
    screen = policy.decide([held("a", Level.ADVISORY, version=2)], busy=False)
    assert screen.takeover is None and screen.banner is not None


def test_the_next_resident_is_shown_the_takeover_again_without_a_second_chime():
    policy = AlertPolicy()
    warning = held("a")
    policy.decide([warning], busy=False)
    policy.dismiss()
    policy.forget()
    screen = policy.decide([warning], busy=False)
    assert screen.takeover is warning and not screen.announce


def test_a_takeover_dismissed_then_raised_is_announced_again():
    policy = AlertPolicy()
    policy.decide([held("a", Level.WARNING)], busy=False)
    policy.dismiss()
    policy.forget()
    raised = held("a", Level.DANGER, version=2)
    assert policy.decide([raised], busy=False).announce


def test_a_drill_is_decided_like_the_real_thing_and_stays_marked():
    drill = held("a", drill=True)
    screen = AlertPolicy().decide([drill], busy=False)
    assert screen.takeover is drill and screen.takeover.drill


def test_mid_step_is_busy_or_the_flows_own_word():
    assert not mid_step(None)
    assert not mid_step(Flow())
    assert mid_step(Flow(busy=True))
    assert mid_step(Flow(in_step=True))
    assert not mid_step(Flow(in_step=False))


def test_a_certificate_flow_is_mid_step_from_its_card_to_its_papers_taken():
    rig = make_rig(StepRunner())
    rig.gateway.entitlements = sample_entitlements()
    flow, run = rig.flow, rig.runner
    seen: dict[Step, bool] = {}
    flow.subscribe(lambda: seen.setdefault(flow.step, mid_step(flow)))
    flow.begin("ja")
    flow.accept_terms()
    rig.card.on_reader = True
    flow.card_inserted()
    flow.press_digit("1")  # mid-PIN
    flow.clear_pin()
    enter_pin(flow)
    rig.card.on_reader = False
    flow.card_removed()
    flow.choose("inkan")
    flow.next()
    flow.confirm()
    run.hold = True
    flow.pay("cash")
    run.pending.pop(0)()
    run.pending.pop(0)()  # mid-print
    assert flow.step is Step.PRINTING and mid_step(flow)
    run.release()
    flow.documents_taken()
    run.release()
    held = {step for step, mid in seen.items() if mid}
    free = {step for step, mid in seen.items() if not mid}
    assert {Step.PIN, Step.REMOVE_CARD, Step.TAKE_DOCUMENTS} <= held
    assert {Step.TERMS, Step.INSERT_CARD, Step.CHOOSE, Step.SUMMARY, Step.DONE} <= free
