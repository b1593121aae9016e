"""The certificate service's tile, where it runs and what it needs."""

from __future__ import annotations

from content.config import Profile
from kiosk.shell.core.messages import translate
from kiosk.shell.core.services import ServiceSpec

DEVICES = ("card_reader", "document_printer", "receipt_printer", "payment")

SERVICE = ServiceSpec(
    id="certificates",
    icon="document",
    #: Title of the home screen's tile for certificate issuance.
    title=translate("certificates", "Certificates"),
    #: Description on the home screen's tile for certificate issuance.
    description=translate(
        "certificates",
        "Certificate of residence, seal registration, tax and family register certificates,"
        " with your My Number card.",
    ),
    profiles=frozenset({Profile.COMMUNITY_CENTRE, Profile.CONVENIENCE_STORE}),
    devices=DEVICES,
    config_table="certificates",
)
