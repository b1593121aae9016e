"""Certificate issuance end to end: pyscard → pcscd → vpcd → card emulator, the gateway on
uvicorn, a private cupsd with a cups-pdf queue, the receipt emulator on a pty, the payment
emulator — and the failure matrix: every case ends on a clear step, without a second issuance
and without money taken for nothing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa
import zxingcpp
from PIL import Image

from content.municipality import SAMPLE_VERIFICATION_URL
from devices.docprint.cups_printer import CupsPrinter
from devices.docprint.emulator import EmulatedDocumentPrinter
from devices.docprint.errors import DocPrintError
from devices.docprint.model import PrintOptions
from devices.payment.emulator import EmulatedPaymentUnit
from devices.receipt.render import save_png
from devices.smartcard.emulator.card import Script
from devices.smartcard.emulator.factory import CardRecord, issue_card
from gateway.issuance.service import link_card
from gateway.storage import issuances
from kiosk.blocks.checkout.journal import IssuanceJournal
from kiosk.blocks.checkout.reconcile import reconcile
from kiosk.services.certificates.adapters.printing import DocumentPrinterAdapter
from kiosk.services.certificates.core.flow import Step
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from tests.devices.smartcard.conftest import Harness
from tests.gateway.test_issuance import CARDS, clock, gw, pdf_text, pki, png_of  # noqa: F401
from tests.offline_cache.faults import FaultyProxy
from tests.rigs import make_pdf, own_queue, receipt_rig  # noqa: F401
from tests.system.rig import COUNTDOWN_BACKEND, Kiosk
from tools.rigs.cups import free_port

# A PIN and a name planted to prove they never reach logs, stores or leftover files.
PLANTED_PIN = "8206"
PLANTED_NAME = ("山田", "花子")


@pytest.fixture
def hanako(gw, pki):  # noqa: F811
    """Hanako's card with a PIN of its own, linked to her record (R000002)."""
    record = issue_card(pki.ca, CARDS["hanako"][1], auth_pin=PLANTED_PIN)
    link_card(gw.engine, gw.settings, "R000002", record.auth_cert)
    return record


@pytest.fixture
def harness(pcscd):
    made = Harness("pcsc")
    yield made
    made.close()


@pytest.fixture
def proxy(gw):  # noqa: F811
    made = FaultyProxy(gw.port)
    yield made
    made.close()


@pytest.fixture
def make_kiosk(tmp_path, gw, proxy, harness, private_cups, receipt_rig):  # noqa: F811
    made: list[Kiosk] = []

    def make(printer: CupsPrinter | None = None) -> Kiosk:
        kiosk = Kiosk(
            tmp_path / "kiosk",
            proxy.url,
            gw.token,
            harness.reader,
            printer or private_cups.printer(),
            receipt_rig(),
        )
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.close()


def fresh(record: CardRecord):
    """A new emulated card from ``record`` with full PIN counters."""
    return CardRecord.from_json(record.to_json()).build()


def insert(kiosk: Kiosk, harness: Harness, card) -> None:
    """Place the card; the reader's watcher would tell the flow."""
    harness.insert(card)
    kiosk.flow.card_inserted()


def remove(kiosk: Kiosk, harness: Harness) -> None:
    """Take the card back."""
    harness.remove()
    kiosk.flow.card_removed()


def to_choice(kiosk: Kiosk, harness: Harness, record: CardRecord, language: str = "ja") -> None:
    """Terms, card, PIN, card back: at the choice."""
    kiosk.start(language)
    insert(kiosk, harness, fresh(record))
    assert kiosk.flow.step is Step.PIN, (kiosk.flow.step, kiosk.flow.problem)
    kiosk.enter_pin(PLANTED_PIN)
    assert kiosk.flow.step is Step.REMOVE_CARD, (kiosk.flow.step, kiosk.flow.problem)
    remove(kiosk, harness)
    assert kiosk.flow.step is Step.CHOOSE, (kiosk.flow.step, kiosk.flow.problem)


def new_pdfs(private_cups, before: set[Path], count: int, timeout: float = 60) -> list[Path]:
    """The PDFs cups-pdf wrote since ``before`` (it finishes writing after the job ends)."""
    deadline = time.monotonic() + timeout
    while True:
        found = sorted(set(private_cups.output.rglob("*.pdf")) - before, key=os.path.getmtime)
        if len(found) >= count and all(p.stat().st_size > 0 for p in found):
            return found
        if time.monotonic() > deadline:
            pytest.fail(f"expected {count} printed PDFs, found {len(found)}")
        time.sleep(0.2)


def gateway_issuances(gw):  # noqa: F811
    with gw.engine.connect() as conn:
        return conn.execute(sa.select(issuances).where(issuances.c.terminal_id == "test-kiosk-01"))


def review(path: Path, name: str) -> None:
    """Keep a copy where a person reviews what was printed (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        shutil.copy(path, Path(folder) / name)


def test_a_resident_gets_a_certificate(
    make_kiosk,
    harness,
    hanako,
    gw,  # noqa: F811
    private_cups,
    tmp_path,
    caplog,
):
    caplog.set_level("DEBUG")
    kiosk = make_kiosk()
    to_choice(kiosk, harness, hanako)
    offered = {e.certificate: e for e in kiosk.flow.entitlements}
    assert offered["juminhyo"].available and offered["juminhyo"].fee_yen == 200
    before = set(private_cups.output.rglob("*.pdf"))
    kiosk.order("juminhyo", copies=2, household="all", head_relationship=True)
    assert kiosk.flow.step is Step.PAYMENT and kiosk.flow.fee_yen == 400
    kiosk.pay_cash(1000)
    assert kiosk.flow.step is Step.TAKE_DOCUMENTS, (kiosk.flow.step, kiosk.flow.problem)
    assert kiosk.flow.change_yen == 600 and kiosk.unit.take_tray() == [500, 100]

    printed = new_pdfs(private_cups, before, 2)
    text = pdf_text(printed[0].read_bytes(), tmp_path)
    assert "住民票の写し" in text and "山田花子" in text
    # cups-pdf re-distils the page: some digits lose their text mapping, the glyphs do not.
    assert "はなみずき市南町一丁目" in text and "世帯全員" in text
    assert "複写" in text  # the notice under the pattern that shows 「複写」 on a photocopy
    assert "以下余白" in text and "住所を定めた年月日" in text
    page = png_of(printed[0].read_bytes(), tmp_path, name="certificate")
    review(page, "machikado-e2e-certificate.png")
    with Image.open(page) as image:
        codes = [c.text for c in zxingcpp.read_barcodes(image)]
    assert len(codes) == 1 and codes[0].startswith(SAMPLE_VERIFICATION_URL)
    verify_url = f"{gw.url}/api/v1/verify/{codes[0].removeprefix(SAMPLE_VERIFICATION_URL)}"

    kiosk.deliver()  # the outbox reports printed, then collected
    [row] = list(gateway_issuances(gw))
    assert (row.state, row.settlement, row.fee_yen) == ("settled", "collected", 400)
    assert requests.get(verify_url, timeout=10).json()["status"] == "valid"

    kiosk.flow.documents_taken()
    assert kiosk.flow.step is Step.DONE and kiosk.flow.receipt_printed
    receipt = "\n".join(kiosk.receipt.text_lines())
    assert "400" in receipt and row.id in receipt and "test-kiosk-01" in receipt
    review(save_png(kiosk.receipt, tmp_path / "receipt.png"), "machikado-e2e-receipt.png")
    kiosk.flow.finish()
    assert kiosk.flow.step is Step.TERMS and kiosk.flow.entitlements == []
    assert list((kiosk.folder / "spool").iterdir()) == []

    # Nothing personal or secret stayed on the terminal or reached its logs.
    leftovers = [p for p in kiosk.folder.rglob("*") if p.is_file()]
    for planted in (PLANTED_PIN, *PLANTED_NAME):
        assert planted not in caplog.text
        for path in leftovers:
            assert planted.encode() not in path.read_bytes(), path
            assert planted.encode("utf-16-le") not in path.read_bytes(), path


def test_wrong_pin_once_shows_the_tries_then_the_right_pin_works(make_kiosk, harness, hanako):
    kiosk = make_kiosk()
    kiosk.start()
    insert(kiosk, harness, fresh(hanako))
    kiosk.enter_pin("0000")
    assert (kiosk.flow.step, kiosk.flow.problem, kiosk.flow.tries_left) == (
        Step.PIN,
        "card.wrong_pin",
        2,
    )
    kiosk.enter_pin(PLANTED_PIN)
    assert kiosk.flow.step is Step.REMOVE_CARD


def test_wrong_pin_three_times_blocks_the_card(make_kiosk, harness, hanako):
    kiosk = make_kiosk()
    kiosk.start()
    card = fresh(hanako)
    insert(kiosk, harness, card)
    for _ in range(3):
        kiosk.enter_pin("0000")
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.PROBLEM, "card.pin_blocked")
    # The same card again: blocked before any PIN is asked, and no guess is ever sent.
    remove(kiosk, harness)
    kiosk.flow.finish()
    kiosk.start()
    insert(kiosk, harness, card)
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.PROBLEM, "card.pin_blocked")


def test_wrong_and_old_cards_each_say_why(make_kiosk, harness, pki):  # noqa: F811
    kiosk = make_kiosk()
    kiosk.start()
    face = CARDS["hanako"][1]
    insert(kiosk, harness, issue_card(pki.ca, face, kind="juki").build())
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.INSERT_CARD, "card.old_juki_card")
    remove(kiosk, harness)
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.INSERT_CARD, "")
    insert(kiosk, harness, issue_card(pki.ca, face, kind="other").build())
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.INSERT_CARD, "card.not_my_number_card")


@pytest.mark.parametrize("apdu", [1, 3, 6])
def test_card_pulled_during_the_pin_check(make_kiosk, harness, hanako, apdu):
    kiosk = make_kiosk()
    kiosk.start()
    card = fresh(hanako)
    insert(kiosk, harness, card)
    card.script = Script(remove_at_apdu=card.apdu_count + apdu)
    kiosk.enter_pin(PLANTED_PIN)
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.INSERT_CARD, "card.removed")
    assert kiosk.journal.open_entries() == []
    harness.reinsert_after_pull(card)
    kiosk.flow.card_inserted()
    assert kiosk.flow.step is Step.PIN


@pytest.mark.parametrize("apdu", [1, 2, 4])
def test_card_pulled_while_it_is_read(make_kiosk, harness, hanako, apdu):
    kiosk = make_kiosk()
    kiosk.start()
    card = fresh(hanako)
    card.script = Script(remove_at_apdu=apdu)
    insert(kiosk, harness, card)
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.INSERT_CARD, "card.removed")
    harness.reinsert_after_pull(card)
    kiosk.flow.card_inserted()
    assert kiosk.flow.step is Step.PIN


def test_card_taken_away_at_the_pin_step(make_kiosk, harness, hanako):
    kiosk = make_kiosk()
    kiosk.start()
    insert(kiosk, harness, fresh(hanako))
    kiosk.flow.press_digit("8")
    remove(kiosk, harness)
    assert (kiosk.flow.step, kiosk.flow.problem, kiosk.flow.pin_length) == (
        Step.INSERT_CARD,
        "card.removed",
        0,
    )


def test_unlinked_card_is_told_to_go_to_the_counter(make_kiosk, harness, pki):  # noqa: F811
    kiosk = make_kiosk()
    kiosk.start()
    record = issue_card(pki.ca, CARDS["unlinked"][1], auth_pin=PLANTED_PIN)
    insert(kiosk, harness, record.build())
    kiosk.enter_pin(PLANTED_PIN)
    remove(kiosk, harness)
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.PROBLEM, "issuance.card_not_linked")


def test_printer_out_of_paper_before_payment_takes_nothing(
    tmp_path,
    make_kiosk,
    harness,
    hanako,
    private_cups,
    own_queue,  # noqa: F811
    gw,  # noqa: F811
):
    empty = private_cups.printer(own_queue("machikado-nopaper:/"))
    empty_tray_found_by_an_earlier_job(empty, tmp_path)
    kiosk = make_kiosk(empty)
    to_choice(kiosk, harness, hanako)
    kiosk.order("inkan")
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.PROBLEM, "docprint.media_empty")
    assert kiosk.unit.holds() == [] and list(gateway_issuances(gw)) == []


def empty_tray_found_by_an_earlier_job(printer: CupsPrinter, folder: Path) -> None:
    """CUPS learns of an empty tray from a job: let one find it."""
    sample = folder / "probe.pdf"
    sample.write_bytes(make_pdf("probe"))
    with pytest.raises(DocPrintError):
        job = printer.submit(sample, "probe", PrintOptions())
        printer.follow(job, 60)


def test_print_service_down_before_payment_takes_nothing(make_kiosk, harness, hanako, gw):  # noqa: F811
    kiosk = make_kiosk(CupsPrinter("Nowhere", host="127.0.0.1", port=free_port()))
    to_choice(kiosk, harness, hanako)
    kiosk.order("inkan")
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.PROBLEM, "docprint.service_down")
    assert kiosk.unit.holds() == [] and list(gateway_issuances(gw)) == []


def print_test_page(server, queue: str, folder: Path) -> None:
    """What staff print after loading paper; CUPS clears the printer's old reasons with it."""
    sample = folder / "test-page.pdf"
    sample.write_bytes(make_pdf("test page"))
    job = server.connection().printFile(queue, str(sample), "test page", {})
    server.printer(queue).follow(job, 60)


@pytest.fixture
def countdown(private_cups, own_queue):  # noqa: F811
    """A queue whose tray holds as many sheets as its counter file says."""
    counter = private_cups.root / "countdown"
    counter.write_text("0\n")
    counter.chmod(0o666)
    backend = private_cups.root / "bin/backend/machikado-countdown"
    backend.write_text(COUNTDOWN_BACKEND.format(counter=counter))
    backend.chmod(0o700)  # run as root, like cups-pdf
    queue = own_queue("machikado-countdown:/")
    return queue, counter


def test_paper_runs_out_mid_job_and_only_the_missing_copy_is_reprinted(
    tmp_path,
    make_kiosk,
    harness,
    hanako,
    private_cups,
    countdown,
    gw,  # noqa: F811
):
    queue, counter = countdown
    counter.write_text("1\n")
    kiosk = make_kiosk(private_cups.printer(queue))
    to_choice(kiosk, harness, hanako)
    kiosk.order("juminhyo-kisai", copies=2)
    kiosk.pay_cash(500)
    assert kiosk.flow.step is Step.PRINT_PROBLEM, (kiosk.flow.step, kiosk.flow.problem)
    assert kiosk.flow.printed_count == 1 and len(kiosk.unit.holds()) == 1
    assert not kiosk.flow.can_leave
    # Staff load paper and print a test page: CUPS hears from the printer that it is fine.
    counter.write_text("5\n")
    print_test_page(private_cups, queue, tmp_path)
    kiosk.flow.retry_print()
    assert kiosk.flow.step is Step.TAKE_DOCUMENTS, (kiosk.flow.step, kiosk.flow.problem)
    assert counter.read_text().strip() == "3"  # the test page and the missing copy only
    assert kiosk.unit.holds() == [] and kiosk.flow.change_yen == 100
    kiosk.deliver()
    [row] = list(gateway_issuances(gw))
    assert (row.state, row.settlement) == ("settled", "collected")


def test_giving_up_after_paper_out_refunds_and_voids(
    make_kiosk,
    harness,
    hanako,
    private_cups,
    countdown,
    gw,  # noqa: F811
):
    queue, _counter = countdown
    kiosk = make_kiosk(private_cups.printer(queue))
    to_choice(kiosk, harness, hanako)
    kiosk.order("inkan")
    kiosk.pay_cash(100, 100)
    assert kiosk.flow.step is Step.PRINT_PROBLEM
    kiosk.flow.give_up()
    assert (kiosk.flow.step, kiosk.flow.refund_yen) == (Step.REFUNDED, 200)
    assert sorted(kiosk.unit.take_tray()) == [100, 100] and kiosk.unit.cashbox_yen == 0
    kiosk.deliver()
    [row] = list(gateway_issuances(gw))
    assert (row.state, row.settlement) == ("settled", "refunded")


def test_network_cut_before_the_request_gives_the_money_back(
    make_kiosk,
    harness,
    hanako,
    proxy,
    gw,  # noqa: F811
):
    kiosk = make_kiosk()
    to_choice(kiosk, harness, hanako)
    kiosk.order("inkan")
    proxy.close()  # the line to the city goes down
    kiosk.pay_cash(1000)
    assert (kiosk.flow.step, kiosk.flow.problem) == (Step.REFUNDED, "gateway.unreachable")
    assert kiosk.unit.take_tray() == [1000] and kiosk.unit.holds() == []
    assert list(gateway_issuances(gw)) == []


def test_answer_lost_after_the_request_issues_once(
    make_kiosk,
    harness,
    hanako,
    proxy,
    gw,  # noqa: F811
):
    kiosk = make_kiosk()
    to_choice(kiosk, harness, hanako)
    kiosk.order("inkan")
    proxy.plan.append(("lose", 0))  # the gateway issues; its answer never arrives
    kiosk.pay_cash(100, 100)
    assert kiosk.flow.step is Step.TAKE_DOCUMENTS, (kiosk.flow.step, kiosk.flow.problem)
    kiosk.deliver()
    [row] = list(gateway_issuances(gw))  # the retry with the same key got the same issuance
    assert (row.state, row.settlement) == ("settled", "collected")


def test_kiosk_stopping_after_payment_refunds_on_restart(
    make_kiosk,
    harness,
    hanako,
    gw,  # noqa: F811
):
    kiosk = make_kiosk()
    to_choice(kiosk, harness, hanako)
    kiosk.order("inkan")
    kiosk.runner.hold = True
    kiosk.pay_cash(500)
    kiosk.runner.release()  # the money is held and journaled
    kiosk.runner.release()  # the gateway issued; the kiosk dies before printing
    assert kiosk.flow.step is Step.PRINTING and len(kiosk.runner.pending) == 1
    kiosk.restart()
    summary = reconcile(kiosk.unit, kiosk.journal, kiosk.client)
    assert (summary.refunded, summary.captured) == (1, 0)
    assert kiosk.unit.take_tray() == [500] and kiosk.unit.cashbox_yen == 0
    kiosk.deliver()
    [row] = list(gateway_issuances(gw))
    assert (row.state, row.settlement) == ("settled", "refunded")
    again = reconcile(kiosk.unit, kiosk.journal, kiosk.client)
    assert not again.changed


def test_kiosk_killed_while_printing_gives_the_money_back_once(
    tmp_path,
    gw,  # noqa: F811
    hanako,
):
    card = tmp_path / "card.json"
    hanako.save(card)
    folder = tmp_path / "kiosk"
    command = [sys.executable, "-m", "tests.system.kill_worker", str(folder)]
    worker = subprocess.Popen(
        [*command, gw.url, gw.token, str(card), PLANTED_PIN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = worker.stdout.readline()
        assert line.strip() == "PRINTING", worker.stderr.read()[-2000:]
        os.kill(worker.pid, signal.SIGKILL)  # the kiosk dies with the money held
    finally:
        worker.kill()
        worker.wait(30)
        worker.stdout.close()
        worker.stderr.close()
    [row] = list(gateway_issuances(gw))
    assert row.state == "requested"
    assert len(list((folder / "spool").iterdir())) == 1  # killed mid-job: its file stayed

    # The kiosk starts again: its journal and the payment unit's escrow are read back, and
    # the document the killed run left in its spool folder is deleted.
    DocumentPrinterAdapter(EmulatedDocumentPrinter(), spool_dir=folder / "spool")
    assert list((folder / "spool").iterdir()) == []
    store, _ = Store.open(folder / "cache.db")
    client = GatewayClient(gw.url, gw.token, retries=1)
    outbox = Outbox(store, client)
    journal = IssuanceJournal(folder / "journal.db", outbox)
    unit = EmulatedPaymentUnit(state_file=folder / "payment.json")
    try:
        assert len(unit.holds()) == 1
        summary = reconcile(unit, journal, client)
        assert (summary.refunded, summary.captured) == (1, 0)
        assert unit.take_tray() == [500] and unit.cashbox_yen == 0
        outbox.deliver()
        [row] = list(gateway_issuances(gw))
        assert (row.state, row.settlement) == ("settled", "refunded")
        assert not reconcile(unit, journal, client).changed
    finally:
        journal.close()
        store.close()
        client.close()
