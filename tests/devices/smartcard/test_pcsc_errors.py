"""PC/SC result codes become our errors, each with its message key."""

from __future__ import annotations

import pytest
from smartcard import scard

from devices.smartcard import errors
from devices.smartcard.pcsc import _translate


@pytest.mark.parametrize(
    ("hresult", "operation", "expected"),
    [
        (scard.SCARD_E_NO_SERVICE, "connect", errors.PcscUnavailableError),
        (scard.SCARD_E_SERVICE_STOPPED, "transmit", errors.PcscUnavailableError),
        (scard.SCARD_E_READER_UNAVAILABLE, "transmit", errors.ReaderGoneError),
        (scard.SCARD_E_UNKNOWN_READER, "connect", errors.ReaderGoneError),
        (scard.SCARD_E_SHARING_VIOLATION, "connect", errors.ReaderBusyError),
        (scard.SCARD_E_NO_SMARTCARD, "connect", errors.NoCardError),
        (scard.SCARD_W_REMOVED_CARD, "connect", errors.NoCardError),
        (scard.SCARD_W_REMOVED_CARD, "transmit", errors.CardRemovedError),
        (scard.SCARD_E_NOT_TRANSACTED, "transmit", errors.CardRemovedError),
        (scard.SCARD_W_RESET_CARD, "transmit", errors.CardRemovedError),
        (scard.SCARD_E_TIMEOUT, "transmit", errors.CardCommunicationError),
    ],
)
def test_hresults_map_to_our_errors(hresult, operation, expected):
    error = _translate(hresult, operation)
    assert type(error) is expected
    assert error.key.startswith("card.")
    assert f"{hresult & 0xFFFFFFFF:08X}" in str(error)


def test_every_error_has_its_own_key():
    classes = [
        c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.CardError)
    ]
    keys = [c.key for c in classes]
    assert len(keys) == len(set(keys)) >= 15
