"""The job search's parts as the kiosk builds them: the cache's index, the printer, the runner."""

import dataclasses
from types import SimpleNamespace

from content.config import MachikadoConfig
from content.config.jobs import JobsConfig
from kiosk.services.jobs.core.flow import PrintState
from kiosk.services.jobs.wiring import build_jobs_flow
from kiosk.shell.host import Host
from tests.kiosk.services.jobs.test_flow import Now, index  # noqa: F401


def host(cache, city_code="13229"):
    monitor = SimpleNamespace(device=lambda kind: None)  # no receipt printer open
    config = dataclasses.replace(MachikadoConfig(), jobs=JobsConfig(city_code=city_code))
    return Host(config=config, monitor=monitor, cache=cache, runner=Now(), board=None)


def test_no_cache_no_flow():
    assert build_jobs_flow(host(None)) is None


def test_the_flow_searches_the_cache_index_and_says_when_the_printer_is_missing(index):  # noqa: F811
    cache = SimpleNamespace(jobs_index=SimpleNamespace(index=lambda: index))
    flow = build_jobs_flow(host(cache))
    flow.begin("ja")
    flow.search_words("介護")
    assert flow.results.total > 0
    flow.toggle_chosen(flow.results.items[0].kyujin_no)
    flow.show_slip()
    flow.print_slip()
    assert flow.print_state is PrintState.FAILED and flow.problem.startswith("receipt.")
    assert flow.search.office().name_ja.startswith("ハローワーク三鷹")


def test_the_slip_names_the_office_of_the_terminals_city(index):  # noqa: F811
    cache = SimpleNamespace(jobs_index=SimpleNamespace(index=lambda: index))
    sample = build_jobs_flow(host(cache, MachikadoConfig().jobs.city_code))
    assert sample.search.office().name_ja == "ハローワークはなみずき"
    mitaka = build_jobs_flow(host(cache, "13204"))
    assert mitaka.search.office().address_ja.startswith("東京都三鷹市")
