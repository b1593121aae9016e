"""``[jobs]``: the municipality the terminal serves, which names its Hello Work office.

The job search prints that office (name, address, phone, hours) on the counter slip and shows
it beside the slip; ``city_code`` is the municipality's JIS code (全国地方公共団体コード, five
digits without the check digit, 13229 for 西東京市). The default is the sample city's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from content.config.schema import require
from content.jobs.generator import SAMPLE_CITY_CODE
from content.jobs.offices import OFFICES, office_for


@dataclass(frozen=True)
class JobsConfig:
    """``[jobs]``: the terminal's municipality, for the Hello Work office that serves it."""

    city_code: str = SAMPLE_CITY_CODE

    def __post_init__(self) -> None:
        well_formed = re.fullmatch(r"[0-9]{5}", self.city_code) is not None
        require(
            well_formed,
            "city_code",
            f"expected a municipality's 5-digit JIS code such as '13229', got {self.city_code!r}",
        )
        if well_formed:
            known = sorted({code for office in OFFICES for code in office.city_codes})
            require(
                office_for(self.city_code) is not None,
                "city_code",
                f"no Hello Work office is known for {self.city_code}; known: {', '.join(known)}",
            )
