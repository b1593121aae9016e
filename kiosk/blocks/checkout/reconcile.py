"""At kiosk start: finish every order a stop or crash left open, so no money is taken for nothing.

A hold still open in the payment unit is captured only when the journal says every document was
printed; any other is given back. The gateway's own list of this terminal's unsettled issuances
then catches requests the terminal never heard answered: those are reported failed and refunded,
which voids their verification codes. Running it again changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from devices.payment.errors import ChangeShortError
from devices.payment.errors import PaymentError as DevicePaymentError
from devices.payment.model import PaymentUnit
from kiosk.blocks.checkout.journal import IssuanceJournal
from kiosk.blocks.checkout.ports import Held
from offline_cache.client import GatewayClient
from offline_cache.errors import CacheError

log = logging.getLogger(__name__)
RESTARTED = "terminal_restarted"


@dataclass
class Summary:
    """What one reconciliation did, as counts for the log (no personal data)."""

    captured: int = 0
    refunded: int = 0
    closed: int = 0
    voided: int = 0
    unknown: int = 0
    errors: int = 0
    gateway_checked: bool = False

    @property
    def changed(self) -> bool:
        """True when anything was settled, reported or needs staff."""
        return any((self.captured, self.refunded, self.closed, self.voided, self.errors))


def reconcile(
    payment: PaymentUnit, journal: IssuanceJournal, gateway: GatewayClient | None
) -> Summary:
    """Settle open holds by the journal, then close issuances only the gateway knows."""
    summary = Summary()
    journal.flush()  # reports a crash left unqueued
    _settle_holds(payment, journal, summary)
    _close_entries(journal, {hold.reference for hold in payment.holds()}, summary)
    if gateway is not None:
        _close_gateway_issuances(journal, gateway, summary)
    log.info(
        "reconciled: %d captured, %d refunded, %d closed, %d voided, %d unknown, %d errors, "
        "gateway %s",
        summary.captured,
        summary.refunded,
        summary.closed,
        summary.voided,
        summary.unknown,
        summary.errors,
        "checked" if summary.gateway_checked else "not reached",
    )
    return summary


def _settle_holds(payment: PaymentUnit, journal: IssuanceJournal, summary: Summary) -> None:
    for hold in payment.holds():
        reference = hold.reference
        entry = journal.entry(reference)
        if entry is not None and entry.outcome == "printed":
            try:
                payment.capture(hold.id)
            except ChangeShortError:
                # The fee is taken; staff pay the change owed from the unit's record.
                log.warning("reconcile: change could not be paid out for a printed order")
                summary.errors += 1
            except DevicePaymentError as err:
                log.error("reconcile: capture failed: %s", err.key)
                summary.errors += 1
                continue
            journal.settled(reference, "collected", hold.amount_yen)
            summary.captured += 1
            continue
        if entry is None:
            held = Held(hold.id, hold.amount_yen, hold.method.value, hold.inserted_yen)
            journal.held(reference, held)
        journal.failed(reference, RESTARTED)
        try:
            payment.release(hold.id)
        except DevicePaymentError as err:
            log.error("reconcile: refund failed: %s", err.key)
            summary.errors += 1
            continue
        journal.settled(reference, "refunded", hold.amount_yen)
        summary.refunded += 1


def _close_entries(journal: IssuanceJournal, still_held: set[str], summary: Summary) -> None:
    """Orders open in the journal whose hold the unit no longer has: the unit settled it."""
    for entry in journal.open_entries():
        if entry.reference in still_held:
            continue  # a hold the unit could not settle above: staff finish it
        if entry.outcome == "printed":
            journal.settled(entry.reference, "collected", entry.amount_yen)
        else:
            journal.failed(entry.reference, RESTARTED)
            journal.settled(entry.reference, "refunded", entry.amount_yen)
        summary.closed += 1


def _close_gateway_issuances(
    journal: IssuanceJournal, gateway: GatewayClient, summary: Summary
) -> None:
    try:
        reply = gateway.get("issuance/unsettled")
    except CacheError as err:
        log.warning("reconcile: the gateway's open issuances are not known now: %s", err.key)
        return
    summary.gateway_checked = True
    for item in reply.payload.get("issuances", []):
        issuance_id, state = str(item.get("issuance_id", "")), str(item.get("state", ""))
        if journal.entry_for(issuance_id) is not None:
            continue  # the journal has reported it, or will
        if state in ("requested", "failed"):
            journal.adopt(issuance_id, state, RESTARTED)
            summary.voided += 1
        else:
            log.warning("reconcile: issuance %s is %s at the gateway only", issuance_id, state)
            summary.unknown += 1
