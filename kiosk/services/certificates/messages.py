"""Wording of every message key the certificate service can show, and its printed receipt.

Every entry is in the service's catalogue (``messages/certificates_<lang>.ts``); the screens,
the speech (which reads what the screens show) and the receipt all take their words from it.
"""

from __future__ import annotations

from kiosk.shell import messages as shell
from kiosk.shell.core.messages import Message, translate, worded

_READER_DOWN = translate(
    "certificates", "The card reader is not working right now. Please ask the staff."
)
_NOT_LINKED = translate(
    "certificates", "This card is not registered with the city's resident records."
)
_REVOKED = translate("certificates", "The electronic certificate on this card has been revoked.")
_EXPIRED = translate("certificates", "The electronic certificate on this card has expired.")
_UNVERIFIED = translate(
    "certificates", "The electronic certificate on this card could not be verified."
)

PROBLEMS: dict[str, Message] = {
    "card.not_my_number_card": translate(
        "certificates",
        "This card is not a My Number card. Please take it out and use your My Number card.",
    ),
    "card.old_juki_card": translate(
        "certificates",
        "This is an old Basic Resident Register card. It cannot be used here. Please take it"
        " out and use your My Number card.",
    ),
    "card.removed": translate(
        "certificates", "The card was taken out too early. Please put it in again."
    ),
    "card.wrong_pin": translate("certificates", "The PIN was not correct."),
    "card.pin_blocked": translate(
        "certificates",
        "The PIN of this card is locked because it was entered wrongly too many times.",
    ),
    "card.no_reader": _READER_DOWN,
    "card.reader_gone": _READER_DOWN,
    "card.reader_busy": _READER_DOWN,
    "card.pcsc_unavailable": _READER_DOWN,
    "issuance.proof_expired": translate(
        "certificates", "The check of your card is no longer valid. Please read your card again."
    ),
    "issuance.card_not_linked": _NOT_LINKED,
    "issuance.unknown_resident": _NOT_LINKED,
    "issuance.card_revoked": _REVOKED,
    "issuance.certificate_revoked": _REVOKED,
    "issuance.card_expired": _EXPIRED,
    "issuance.certificate_expired": _EXPIRED,
    "issuance.card_untrusted": _UNVERIFIED,
    "issuance.untrusted_certificate": _UNVERIFIED,
    "issuance.bad_signature": _UNVERIFIED,
    "issuance.certificate_not_yet_valid": _UNVERIFIED,
    "issuance.certificate_not_for_authentication": _UNVERIFIED,
    "issuance.malformed_certificate": _UNVERIFIED,
    "gateway.unreachable": translate(
        "certificates", "The city's system cannot be reached right now. Please try again later."
    ),
    "payment.timeout": translate(
        "certificates",
        "The payment took too long and was stopped. Any money you put in has been returned.",
    ),
    "payment.insufficient_funds": translate(
        "certificates",
        "The balance of the IC card is not enough. Please choose another way to pay.",
    ),
    "payment.card_read": translate(
        "certificates", "The IC card could not be read. Please try again."
    ),
    "payment.change_short": translate(
        "certificates",
        "The kiosk cannot give enough change. Please pay with the exact amount or an IC card.",
    ),
    "payment.method_unavailable": translate(
        "certificates", "This way to pay cannot be used right now. Please choose another."
    ),
    "payment.change_problem": translate(
        "certificates",
        "There was a problem with the payment unit. Please show your receipt to the staff.",
    ),
    "payment.refund_problem": translate(
        "certificates",
        "Your money could not be returned automatically. Please ask the staff; nothing has"
        " been charged.",
    ),
    "software_error": translate("certificates", "The kiosk had an unexpected problem."),
}
"""What went wrong, for a key of the card, the city's system, the payment unit or a printer."""

PROBLEM_FAMILIES: dict[str, Message] = {
    "card.": translate(
        "certificates",
        "The card could not be read. Please take it out and put it in again, face up, chip first.",
    ),
    "issuance.": translate("certificates", "The city's system cannot issue this certificate here."),
    "gateway.": translate(
        "certificates",
        "The city's system is not answering correctly right now. Please try again later.",
    ),
    "payment.": translate(
        "certificates", "The payment unit is not working right now. Please ask the staff."
    ),
}
"""Wording for every other key of a family, by its prefix (printer keys: the shell's)."""

PROBLEM_OTHER = PROBLEMS["software_error"]

_ASK_STAFF = translate("certificates", "Please ask the staff for help.")
_RENEW = translate(
    "certificates",
    "The electronic certificate can be renewed at the resident services counter at the city"
    " office.",
)
ADVICE: dict[str, Message] = {
    "card.pin_blocked": translate(
        "certificates",
        "Please take your card to the resident services counter at the city office, where the"
        " PIN can be reset. Bring an identity document.",
    ),
    "issuance.card_expired": _RENEW,
    "issuance.certificate_expired": _RENEW,
    "gateway.unreachable": translate(
        "certificates",
        "You can try again in a few minutes, or get the certificate at the city office counter.",
    ),
    "payment.refund_problem": _ASK_STAFF,
    "payment.change_problem": _ASK_STAFF,
    "payment.unavailable": _ASK_STAFF,
    "software_error": _ASK_STAFF,
}
"""What to do next after a problem that ends the flow."""

ADVICE_FAMILIES: dict[str, Message] = {
    "docprint.": _ASK_STAFF,
    "receipt.": _ASK_STAFF,
    "payment.": _ASK_STAFF,
}
ADVICE_OTHER = translate(
    "certificates", "Please ask at the resident services counter at the city office."
)

_NO_SEAL = translate("certificates", "No seal is registered.")
_KOSEKI_ELSEWHERE = translate("certificates", "Your family register is kept by another city.")
_NO_KOSEKI = translate("certificates", "No family register is kept in this city.")
_NO_TAX = translate("certificates", "No tax record is available.")
_UNDER_15 = translate("certificates", "Only for residents aged 15 or over.")
UNAVAILABLE_OTHER = translate("certificates", "Please ask at the city office counter.")
UNAVAILABLE: dict[str, Message] = {
    # Said no more precisely on purpose: a restricted record (DV protection) must not show why.
    "issuance_restricted": UNAVAILABLE_OTHER,
    "resident_moved_out": UNAVAILABLE_OTHER,
    "issuance.no_seal_registration": _NO_SEAL,
    "no_seal_registration": _NO_SEAL,
    "issuance.koseki_not_in_city": _KOSEKI_ELSEWHERE,
    "koseki_not_in_city": _KOSEKI_ELSEWHERE,
    "honseki_elsewhere": _KOSEKI_ELSEWHERE,
    "issuance.no_koseki": _NO_KOSEKI,
    "no_koseki": _NO_KOSEKI,
    "issuance.no_tax_record": _NO_TAX,
    "no_tax_record": _NO_TAX,
    "issuance.resident_under_15": _UNDER_15,
    "resident_under_15": _UNDER_15,
}
"""Why a certificate cannot be chosen here (the gateway's reason for this resident)."""


METHODS: dict[str, Message] = {
    "cash": translate("certificates", "Cash"),
    "ic": translate("certificates", "IC card (e-money)"),
}
"""Payment methods, as the payment screen names them."""


def problem(key: str) -> Message:
    """What went wrong, for ``key`` (printer keys are worded as the shell words them)."""
    if key.startswith(("docprint.", "receipt.")):
        return shell.reason(key)
    return worded(key, PROBLEMS, PROBLEM_FAMILIES) or PROBLEM_OTHER


def advice(key: str) -> Message:
    """What to do next after the problem ``key``."""
    return worded(key, ADVICE, ADVICE_FAMILIES) or ADVICE_OTHER


def unavailable(key: str) -> Message:
    """Why a certificate cannot be chosen, for the gateway's reason ``key``."""
    return UNAVAILABLE.get(key, UNAVAILABLE_OTHER)


def method(key: str) -> Message | None:
    """A payment method's name; None for a method the kiosk does not know."""
    return METHODS.get(key)


class ReceiptWords:
    """The printed receipt's labels; ``copies_value`` and ``yen`` take a number as ``%1``."""

    #: The receipt's heading (領収書).
    title = translate("certificates_receipt", "Receipt")
    #: Label before the certificate's name.
    certificate = translate("certificates_receipt", "Certificate")
    #: Label of the number of copies.
    copies = translate("certificates_receipt", "Copies")
    #: The number of copies, %1 being the number (3通).
    copies_value = translate("certificates_receipt", "%1 copies")
    #: Label of the fee paid.
    fee = translate("certificates_receipt", "Fee")
    #: Label of the way the fee was paid.
    method = translate("certificates_receipt", "Paid by")
    #: Paid in cash.
    cash = translate("certificates_receipt", "Cash")
    #: Paid with an IC e-money card.
    ic = translate("certificates_receipt", "IC e-money")
    #: Label of the money the resident put in (お預り), printed above the change.
    paid = translate("certificates_receipt", "Amount tendered")
    #: Label of the change given.
    change = translate("certificates_receipt", "Change")
    #: Label of the date and time of issue.
    date = translate("certificates_receipt", "Date")
    #: Label of the terminal's id.
    terminal = translate("certificates_receipt", "Terminal")
    #: Label of the issuance's reference number.
    reference = translate("certificates_receipt", "Reference")
    #: The closing line of the receipt.
    thanks = translate("certificates_receipt", "Thank you")
    #: An amount of money, %1 being the amount with its digits grouped (450円, ¥450).
    yen = translate("certificates_receipt", "¥%1")


RECEIPT = ReceiptWords
"""The receipt's wording, one entry per label."""
