"""The My Number card's JPKI and card-input-support APs, spoken over one card transaction."""

from __future__ import annotations

import logging

from cryptography import x509

from devices.smartcard import apdu
from devices.smartcard.errors import (
    CardCommunicationError,
    CardError,
    CardRemovedError,
    CardStatusError,
    MalformedCardDataError,
    NotMyNumberCardError,
    OldJukiCardError,
    PinBlockedError,
    PinNotVerifiedError,
    WrongPinError,
)
from devices.smartcard.interface import CardChannel
from devices.smartcard.mynumber import (
    AUTH_PIN_MAX_TRIES,
    JPKI_AID,
    SUPPORT_AID,
    SUPPORT_PIN_MAX_TRIES,
    TOKEN_LENGTH,
    BasicFour,
    CardKind,
    JpkiFile,
    SupportFile,
    card_kind_from_token,
    parse_basic_four,
    sha256_digest_info,
)
from devices.smartcard.pin import Pin
from devices.smartcard.tlv import TlvError, der_total_length

log = logging.getLogger(__name__)

SHORT_READ = 256
HEADER_READ = 4
MAX_FILE = 0x7FFF + SHORT_READ
SIGNATURE_LENGTH = 256
_SELECT_MY_NUMBER_EF = bytes.fromhex("00A4020C020001")
_EXTENDED_REFUSED = {apdu.SW_WRONG_LENGTH, apdu.SW_INCORRECT_P1P2, apdu.SW_WRONG_P1P2}


class MyNumberCard:
    """JPKI and card-input-support operations on a card, inside one exclusive transaction.

    Create it on the channel of ``reader.transaction()``; it never outlives that block. The
    個人番号 EF cannot be named through this class: only the files of ``JpkiFile`` and
    ``SupportFile`` can be selected. PINs passed in are wiped once used, whatever the outcome.
    """

    def __init__(self, channel: CardChannel) -> None:
        self._channel = channel
        self._ap: bytes | None = None
        self._ef: int | None = None
        self._verified: set[int] = set()
        self._tries: dict[int, int] = {}
        self._gone = False
        self.apdu_count = 0

    def _send(self, command: bytes | bytearray) -> apdu.Response:
        """Transmit one APDU; once the card is gone every later call says so without sending."""
        if self._gone:
            raise CardRemovedError("the card was removed during this transaction")
        if self._ap == SUPPORT_AID and bytes(command[:7]) == _SELECT_MY_NUMBER_EF:
            raise CardError("the 個人番号 EF is never read by this terminal", key="card.forbidden")
        self.apdu_count += 1
        try:
            raw = self._channel.transmit(command)
        except CardError:
            self._forget()
            raise
        try:
            return apdu.split_response(raw)
        except apdu.ApduFormatError as err:
            raise CardCommunicationError("the card returned no status word") from err

    def _forget(self) -> None:
        """Drop every bit of card state after a failure."""
        self._gone = True
        self._ap = None
        self._ef = None
        self._verified.clear()
        self._tries.clear()

    def _select_ap(self, aid: bytes) -> None:
        if self._ap == aid:
            return
        response = self._send(apdu.select_aid(aid))
        self._ap, self._ef = None, None
        self._verified.clear()
        self._tries.clear()
        if not response.ok:
            if aid == JPKI_AID:
                raise NotMyNumberCardError(f"no JPKI application (status {response.sw:04X})")
            raise NotMyNumberCardError(
                f"no card-input-support application (status {response.sw:04X})"
            )
        self._ap = aid

    def _select_ef(self, ef: JpkiFile | SupportFile) -> None:
        expected = JPKI_AID if isinstance(ef, JpkiFile) else SUPPORT_AID
        self._select_ap(expected)
        if self._ef == ef.value:
            return
        response = self._send(apdu.select_ef(ef.value))
        if not response.ok:
            self._ef = None
            raise CardStatusError(response.sw, f"select EF {ef.value:04X}")
        self._ef = ef.value

    def _read(self, offset: int, length: int, operation: str) -> bytes:
        response = self._send(apdu.read_binary(offset, length))
        if response.sw == apdu.SW_WRONG_P1P2:
            raise MalformedCardDataError(f"{operation}: the length overruns the file")
        if response.sw == apdu.SW_SECURITY_NOT_SATISFIED:
            raise PinNotVerifiedError(f"{operation}: the card wants a PIN first")
        if not response.ok:
            raise CardStatusError(response.sw, operation)
        return response.data

    # --- JPKI AP -----------------------------------------------------------------------------

    def identify(self) -> CardKind:
        """Select the JPKI AP and read its token; raises unless this is a My Number card."""
        self._select_ap(JPKI_AID)
        response = self._send(apdu.select_ef(JpkiFile.TOKEN.value))
        if not response.ok:
            raise NotMyNumberCardError(f"JPKI AP without a token EF (status {response.sw:04X})")
        self._ef = JpkiFile.TOKEN.value
        kind = card_kind_from_token(self._read(0, TOKEN_LENGTH, "read token"))
        if kind is CardKind.JUKI:
            raise OldJukiCardError("an old 住基 card")
        if kind is CardKind.OTHER:
            raise NotMyNumberCardError("the JPKI token names another kind of card")
        return kind

    def read_auth_certificate(self) -> bytes:
        """The user-authentication certificate (DER), read in as few APDUs as the reader allows."""
        self._select_ef(JpkiFile.AUTH_CERT)
        return self._read_der("read certificate")

    def read_auth_ca_certificate(self) -> bytes:
        """The certificate of the CA that issued the user-authentication certificate (DER)."""
        self._select_ef(JpkiFile.AUTH_CA_CERT)
        return self._read_der("read CA certificate")

    def _read_der(self, operation: str) -> bytes:
        extended = self._channel.extended_apdus
        first = self._read(0, HEADER_READ if extended is not False else SHORT_READ, operation)
        try:
            total = der_total_length(first)
        except TlvError as err:
            raise MalformedCardDataError(f"{operation}: broken DER header") from err
        if first[:1] != b"\x30" or total > MAX_FILE:
            raise MalformedCardDataError(f"{operation}: not a DER certificate")
        data = bytearray(first[:total])
        if len(data) < total and extended is not False:
            rest = total - len(data)
            response = self._send(apdu.read_binary(len(data), rest, extended=True))
            if response.ok:
                data += response.data
                if len(response.data) < rest:
                    raise MalformedCardDataError(f"{operation}: the DER length overruns the file")
            elif response.sw == apdu.SW_WRONG_P1P2:
                raise MalformedCardDataError(f"{operation}: the DER length overruns the file")
            elif response.sw not in _EXTENDED_REFUSED or extended is True:
                raise CardStatusError(response.sw, operation)
            else:
                log.info("reader or card refused an extended READ BINARY; reading in chunks")
                self._channel.extended_apdus = False
        while len(data) < total:
            chunk = self._read(len(data), min(SHORT_READ, total - len(data)), operation)
            if not chunk:
                raise MalformedCardDataError(f"{operation}: the DER length overruns the file")
            data += chunk
        certificate = bytes(data[:total])
        try:
            x509.load_der_x509_certificate(certificate)
        except ValueError as err:
            raise MalformedCardDataError(f"{operation}: not a valid X.509 certificate") from err
        return certificate

    def auth_pin_tries_left(self) -> int:
        """How many user-authentication PIN attempts remain (0 = blocked); uses no try."""
        return self._tries_left(JpkiFile.AUTH_PIN, AUTH_PIN_MAX_TRIES)

    def _tries_left(self, pin_ef: JpkiFile | SupportFile, maximum: int) -> int:
        self._select_ef(pin_ef)
        if pin_ef.value in self._tries:
            return self._tries[pin_ef.value]
        response = self._send(apdu.verify_status())
        left = apdu.tries_left(response.sw)
        if left is None:
            if response.sw in (apdu.SW_REFERENCE_BLOCKED, apdu.SW_AUTH_METHOD_BLOCKED):
                left = 0
            elif response.ok:
                left = maximum
            else:
                raise CardStatusError(response.sw, "ask PIN tries")
        self._tries[pin_ef.value] = left
        return left

    def verify_auth_pin(self, pin: Pin) -> None:
        """Verify the 4-digit user-authentication PIN; the PIN is wiped afterwards."""
        try:
            self._verify(JpkiFile.AUTH_PIN, AUTH_PIN_MAX_TRIES, pin)
        finally:
            pin.clear()

    def _verify(self, pin_ef: JpkiFile | SupportFile, maximum: int, pin: Pin) -> None:
        digits = pin.take()
        if self._tries_left(pin_ef, maximum) == 0:
            raise PinBlockedError("the PIN is blocked; it can be reset at the city's counter")
        command = apdu.verify(digits)
        try:
            response = self._send(command)
        finally:
            command[:] = bytes(len(command))
        self._tries.pop(pin_ef.value, None)
        if response.ok:
            self._verified.add(pin_ef.value)
            self._tries[pin_ef.value] = maximum
            return
        left = apdu.tries_left(response.sw)
        if left == 0 or response.sw in (apdu.SW_REFERENCE_BLOCKED, apdu.SW_AUTH_METHOD_BLOCKED):
            self._tries[pin_ef.value] = 0
            raise PinBlockedError("the PIN is blocked; it can be reset at the city's counter")
        if left is not None:
            self._tries[pin_ef.value] = left
            raise WrongPinError(left)
        raise CardStatusError(response.sw, "verify PIN")

    def sign_sha256(self, digest: bytes) -> bytes:
        """Sign a SHA-256 digest (as a DigestInfo) with the authentication key; PIN first."""
        digest_info = sha256_digest_info(digest)
        if JpkiFile.AUTH_PIN.value not in self._verified or self._ap != JPKI_AID:
            raise PinNotVerifiedError("verify the user-authentication PIN before signing")
        self._select_ef(JpkiFile.AUTH_KEY)
        response = self._send(apdu.compute_signature(digest_info))
        if response.sw == apdu.SW_SECURITY_NOT_SATISFIED:
            raise PinNotVerifiedError("the card wants the PIN again before signing")
        if not response.ok:
            raise CardStatusError(response.sw, "sign")
        if len(response.data) != SIGNATURE_LENGTH:
            raise MalformedCardDataError(f"signature of {len(response.data)} bytes, not 256")
        return response.data

    # --- card-input-support AP ---------------------------------------------------------------

    def support_pin_tries_left(self) -> int:
        """How many card-input-support PIN attempts remain (0 = blocked); uses no try."""
        return self._tries_left(SupportFile.PIN, SUPPORT_PIN_MAX_TRIES)

    def read_basic_four(self, pin: Pin) -> BasicFour:
        """Verify the card-input-support PIN and read name, address, birth date and sex."""
        try:
            self._verify(SupportFile.PIN, SUPPORT_PIN_MAX_TRIES, pin)
        finally:
            pin.clear()
        self._select_ef(SupportFile.BASIC_FOUR)
        data = bytearray(self._read(0, SHORT_READ, "read basic four"))
        try:
            total = der_total_length(data)
        except TlvError as err:
            raise MalformedCardDataError("read basic four: broken TLV header") from err
        while len(data) < total:
            chunk = self._read(len(data), min(SHORT_READ, total - len(data)), "read basic four")
            if not chunk:
                raise MalformedCardDataError("read basic four: the TLV length overruns the file")
            data += chunk
        return parse_basic_four(bytes(data[:total]))
