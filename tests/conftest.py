"""Test setup: Qt offscreen with the on-screen keyboard, before any Qt import."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from hypothesis import settings

# CI runs the same examples every time, so a red run can be reproduced; developers' runs
# explore new ones (and keep failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
