"""The card reader's error tree; every error carries a message key and never a PIN."""

from __future__ import annotations

from devices.errors import DeviceError, DeviceUnavailableError


class CardError(DeviceError):
    """Something went wrong with the card reader or the card."""

    key = "card.error"


class PcscUnavailableError(CardError, DeviceUnavailableError):
    """The PC/SC service (pcscd) is not running or stopped answering."""

    key = "card.pcsc_unavailable"


class NoReaderError(CardError, DeviceUnavailableError):
    """No card reader is connected."""

    key = "card.no_reader"


class ReaderGoneError(CardError, DeviceUnavailableError):
    """The card reader disappeared (unplugged, or the service lost it)."""

    key = "card.reader_gone"


class ReaderBusyError(CardError):
    """Another program holds the card in exclusive use."""

    key = "card.reader_busy"


class NoCardError(CardError):
    """There is no card in the reader."""

    key = "card.no_card"


class CardRemovedError(CardError):
    """The card was taken out during the operation; start again with the card inserted."""

    key = "card.removed"


class NotMyNumberCardError(CardError):
    """The card is not a My Number card (no JPKI application, or an unknown token)."""

    key = "card.not_my_number_card"


class OldJukiCardError(NotMyNumberCardError):
    """The card is an old 住基 card (住民基本台帳カード), which this service does not accept."""

    key = "card.old_juki_card"


class PinFormatError(CardError):
    """The PIN has the wrong format; nothing was sent to the card and no try was used."""

    key = "card.pin_format"


class WrongPinError(CardError):
    """The card refused the PIN; ``tries_left`` more attempts remain before it blocks."""

    key = "card.wrong_pin"

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


class PinBlockedError(CardError):
    """The PIN is blocked; the resident must have it reset at the city's counter."""

    key = "card.pin_blocked"


class PinNotVerifiedError(CardError):
    """The card requires a PIN first (security status not satisfied)."""

    key = "card.pin_required"


class CardStatusError(CardError):
    """The card answered with a status word we did not expect; ``sw`` holds its value."""

    key = "card.unexpected_status"

    def __init__(self, sw: int, operation: str) -> None:
        super().__init__(f"{operation}: unexpected status word {sw:04X}")
        self.sw = sw
        self.operation = operation


class MalformedCardDataError(CardError):
    """The card returned data that does not parse (a broken TLV or DER header)."""

    key = "card.malformed_data"


class CardCommunicationError(CardError):
    """The reader failed to exchange a command with the card for a reason other than removal."""

    key = "card.communication"
