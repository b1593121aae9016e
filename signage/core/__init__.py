"""What the signage loop plays when: schedule, timeline, sequencer, emergencies, proof of play.

Pure Python: no Qt, no files, no network. Time is Japan time (Asia/Tokyo).
"""

from signage.core.clock import JST, Clock, SystemClock, to_jst
from signage.core.emergency import (
    EmergencyError,
    EmergencyLayer,
    EmergencyMessage,
    Severity,
    message_from_data,
)
from signage.core.links import short_link, with_short_links
from signage.core.model import (
    IDLE_ITEM,
    Daypart,
    Item,
    ItemKind,
    Layer,
    Playlist,
    PlaylistLayer,
    Schedule,
    Weekday,
    When,
    schedule_from_data,
    schedule_from_json,
)
from signage.core.proof import (
    Period,
    PeriodTotal,
    PlayRecord,
    PlayReport,
    PlaySink,
    ReportRow,
    record_from_data,
    summarize,
)
from signage.core.sequencer import EMERGENCY_KIND, Playing, Sequencer
from signage.core.timeline import Segment, Slot, Timeline

__all__ = [
    "EMERGENCY_KIND",
    "IDLE_ITEM",
    "JST",
    "Clock",
    "Daypart",
    "EmergencyError",
    "EmergencyLayer",
    "EmergencyMessage",
    "Item",
    "ItemKind",
    "Layer",
    "Period",
    "PeriodTotal",
    "PlayRecord",
    "PlayReport",
    "PlaySink",
    "Playing",
    "Playlist",
    "PlaylistLayer",
    "ReportRow",
    "Schedule",
    "Segment",
    "Sequencer",
    "Severity",
    "Slot",
    "SystemClock",
    "Timeline",
    "Weekday",
    "When",
    "message_from_data",
    "record_from_data",
    "schedule_from_data",
    "schedule_from_json",
    "short_link",
    "summarize",
    "to_jst",
    "with_short_links",
]
