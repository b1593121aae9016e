"""Theme colours meet WCAG contrast; sizes follow the panel's physical size."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.config import ScreenGeometry
from kiosk.shell.core.theme import HIGH_CONTRAST, MIN_TOUCH_MM, STANDARD, contrast_ratio, metrics


@pytest.mark.parametrize("pair", list(HIGH_CONTRAST.text_pairs()))
def test_high_contrast_meets_aaa(pair):
    assert contrast_ratio(*HIGH_CONTRAST.text_pairs()[pair]) >= 7.0


@pytest.mark.parametrize("pair", list(STANDARD.text_pairs()))
def test_standard_meets_aa(pair):
    assert contrast_ratio(*STANDARD.text_pairs()[pair]) >= 4.5


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#0B4F8A", "#0B4F8A") == pytest.approx(1.0)
    # A well-known reference: #777777 on white is just under 4.5:1.
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@st.composite
def geometries(draw):
    width_px = draw(st.integers(min_value=800, max_value=3840))
    width_mm = draw(st.floats(min_value=150, max_value=1200))
    aspect = draw(st.sampled_from([16 / 9, 16 / 10, 4 / 3, 9 / 16]))
    return ScreenGeometry(
        width_px=width_px,
        height_px=round(width_px / aspect),
        width_mm=width_mm,
        height_mm=width_mm / aspect,
    )


@given(geometries(), st.booleans(), st.booleans())
def test_touch_targets_never_under_15_mm(geometry, large_text, low_reach):
    sizes = metrics(geometry, large_text=large_text, low_reach=low_reach)
    assert sizes.touch_target >= MIN_TOUCH_MM * geometry.px_per_mm


@given(geometries())
def test_large_text_is_larger(geometry):
    normal = metrics(geometry, large_text=False, low_reach=False)
    large = metrics(geometry, large_text=True, low_reach=False)
    assert large.font_size >= 1.5 * normal.font_size - 1  # rounding of each size
    assert large.title_size >= 1.5 * normal.title_size - 2
    assert large.touch_target >= normal.touch_target


@pytest.mark.parametrize("height_px", [720, 1080, 1920])
def test_low_reach_moves_controls_down(height_px):
    geometry = ScreenGeometry(width_px=1920, height_px=height_px)
    assert metrics(geometry, large_text=False, low_reach=True).reach_top == round(0.45 * height_px)
    assert metrics(geometry, large_text=False, low_reach=False).reach_top == 0
