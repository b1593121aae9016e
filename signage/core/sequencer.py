"""The playback sequencer: given a clock, what is on screen now and when the next change is."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from signage.core.clock import Clock, to_jst
from signage.core.emergency import EmergencyLayer, EmergencyMessage
from signage.core.model import Item, Layer
from signage.core.proof import PlayRecord, PlaySink
from signage.core.timeline import Segment, Timeline

EMERGENCY_KIND = "emergency"
MAX_PENDING = 20_000
_log = logging.getLogger(__name__)
_EPSILON_S = 1e-6
# A loop item is never started for less than this; the next segment starts a moment early.
_MIN_SHOWING_S = 0.001


@dataclass(frozen=True)
class Playing:
    """What is on screen: a loop ``item`` or an ``emergency`` message (exactly one is set).

    ``change_in_s`` is how many seconds (on the monotonic clock) until the sequencer expects the
    next change, ``None`` for an emergency without expiry; ``upcoming`` is the loop item the
    schedule expects next, for the player to prepare ahead. ``serial`` grows by one at every
    change, so a player can tell a new showing from the same one polled again. ``notice`` is
    the advisory in force while the loop plays (the LED board and the ticker carry it; it is
    not a showing of its own and does not change ``serial``).
    """

    serial: int
    layer: Layer
    item: Item | None
    emergency: EmergencyMessage | None
    started_at: datetime
    change_in_s: float | None
    upcoming: Item | None
    notice: EmergencyMessage | None = None

    @property
    def led_text(self) -> str | None:
        """What the LED board should show now, if anything."""
        if self.emergency is not None:
            return self.emergency.board_text
        if self.notice is not None:
            return self.notice.board_text
        return self.item.led_text if self.item is not None else None

    @property
    def led_message(self) -> EmergencyMessage | None:
        """The emergency message the LED board carries now, if it carries one."""
        return self.emergency or self.notice


@dataclass
class _Showing:
    """The showing in progress, with its start on both clocks."""

    layer: Layer
    item: Item | None
    emergency: EmergencyMessage | None
    segment: Segment | None
    position: int
    started_wall: datetime
    started_mono: float
    deadline_mono: float | None
    continued: bool = False
    clock_jumped: bool = False


class Sequencer:
    """Plays the timeline on one screen, measuring durations on the monotonic clock.

    Call :meth:`poll` when ``change_in_s`` runs out and also regularly (about once a second) so
    emergencies and clock jumps are noticed; polling more often changes nothing.

    * Item lengths are measured on the monotonic clock; the wall clock only decides which
      segment of the timeline applies. The first poll joins the timeline mid-slot: the item
      planned for now plays for what is left of its slot. From then on, with a steady clock,
      playback equals :meth:`Timeline.slots` (same items, same start times): each item starts
      where the previous one's time ran out, so late polls do not make the loop drift (a poll
      more than ``stall_s`` late, e.g. after the machine was suspended, starts the next item
      at the poll instead).
    * The wall clock jumping (NTP correction, or a clock that was wrong at boot and is set
      later) is detected by comparing it with the monotonic clock. Within the same segment the
      loop just carries on; when the wall clock lands outside the current segment, playback
      rejoins the timeline at the new time, cutting the current item. Records spanning a jump
      are marked ``clock_jumped`` and keep their monotonic length.
    * An emergency preempts the loop at the next poll (subscribe to the emergency layer to
      poll at once). Clearing it or its expiry resumes the
      interrupted item with the time it had left, if its segment is still current by the wall
      clock; otherwise playback joins the timeline where it now stands.
    * A sink that fails never stops playback: its records wait (up to ``MAX_PENDING``, the
      oldest dropped beyond that) and are handed over again when the next showing ends.
    """

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        sink: PlaySink,
        *,
        screen: str,
        emergencies: EmergencyLayer | None = None,
        jump_tolerance_s: float = 2.0,
        stall_s: float = 1.0,
    ) -> None:
        self.timeline = timeline
        self.clock = clock
        self.sink = sink
        self.screen = screen
        self.emergencies = emergencies if emergencies is not None else EmergencyLayer()
        self._tolerance = jump_tolerance_s
        self._stall = stall_s
        self._showing: _Showing | None = None
        self._paused: tuple[_Showing, float] | None = None
        self._serial = 0
        self._last: tuple[datetime, float] | None = None
        self._pending: deque[PlayRecord] = deque(maxlen=MAX_PENDING)

    @property
    def pending_records(self) -> int:
        """How many proof-of-play records wait for the sink to accept them."""
        return len(self._pending)

    def poll(self) -> Playing:
        """Bring playback up to the clocks' present and report what is on screen."""
        wall = to_jst(self.clock.now())
        mono = self.clock.monotonic()
        jumped = self._jumped(wall, mono)
        self._last = (wall, mono)
        showing = self._showing
        if showing is not None and jumped:
            showing.clock_jumped = True
        alert = self.emergencies.current(wall)
        if alert is not None:
            if showing is None or showing.emergency != alert:
                self._preempt(alert, wall, mono)
        elif showing is None:
            self._join(wall, mono)
        elif showing.emergency is not None:
            self._restore(wall, mono)
        else:
            segment = showing.segment
            assert segment is not None
            if not segment.start <= wall < segment.end:
                self._finish(wall, mono)
                self._join(wall, mono)
            elif showing.deadline_mono is not None and mono >= showing.deadline_mono - _EPSILON_S:
                self._advance(wall, mono)
        return self._playing(wall, mono)

    def stop(self) -> None:
        """End the current showing (e.g. at shutdown or screen power-off) and record it."""
        if self._showing is None:
            return
        wall = to_jst(self.clock.now())
        self._finish(wall, self.clock.monotonic())
        self._showing = None
        self._paused = None

    def _jumped(self, wall: datetime, mono: float) -> bool:
        if self._last is None:
            return False
        last_wall, last_mono = self._last
        expected = last_wall + timedelta(seconds=mono - last_mono)
        return abs((wall - expected).total_seconds()) > self._tolerance

    def _start(self, showing: _Showing) -> None:
        self._showing = showing
        self._serial += 1

    def _finish(self, wall: datetime, mono: float, *, at_mono: float | None = None) -> None:
        """Record the current showing as ended at ``at_mono`` (default: now)."""
        showing = self._showing
        if showing is None:
            return
        end_mono = mono if at_mono is None else at_mono
        length = timedelta(seconds=max(0.0, end_mono - showing.started_mono))
        if showing.emergency is not None:
            item_id, kind = showing.emergency.id, EMERGENCY_KIND
        else:
            assert showing.item is not None
            item_id, kind = showing.item.id, showing.item.kind.value
        self._pending.append(
            PlayRecord(
                screen=self.screen,
                item_id=item_id,
                kind=kind,
                layer=showing.layer.name.lower(),
                started_at=showing.started_wall,
                ended_at=showing.started_wall + length,
                continued=showing.continued,
                clock_jumped=showing.clock_jumped,
            )
        )
        self._hand_over()

    def _hand_over(self) -> None:
        """Give waiting records to the sink, oldest first, stopping at the first refusal."""
        while self._pending:
            try:
                self.sink.record(self._pending[0])
            except Exception as err:
                _log.warning(
                    "proof-of-play sink failed (%s); %d record(s) kept for retry",
                    type(err).__name__,
                    len(self._pending),
                )
                return
            self._pending.popleft()

    def _join(self, wall: datetime, mono: float) -> None:
        slot = self.timeline.slot_at(wall)
        remaining = (slot.end - wall).total_seconds()
        self._start(
            _Showing(
                slot.layer,
                slot.item,
                None,
                slot.segment,
                slot.position,
                wall,
                mono,
                mono + remaining,
            )
        )

    def _advance(self, wall: datetime, mono: float) -> None:
        showing = self._showing
        assert showing is not None and showing.segment is not None
        assert showing.deadline_mono is not None
        on_time = mono - showing.deadline_mono <= self._stall
        start_mono = showing.deadline_mono if on_time else mono
        start_wall = wall - timedelta(seconds=mono - start_mono)
        self._finish(wall, mono, at_mono=start_mono)
        segment = showing.segment
        to_end = (segment.end - start_wall).total_seconds()
        if to_end < _MIN_SHOWING_S:
            slot = self.timeline.slot_at(segment.end)
            deadline = start_mono + (slot.end - start_wall).total_seconds()
            self._start(
                _Showing(
                    slot.layer,
                    slot.item,
                    None,
                    slot.segment,
                    slot.position,
                    start_wall,
                    start_mono,
                    deadline,
                )
            )
            return
        position = showing.position + 1
        item = segment.item(position)
        deadline = start_mono + min(item.duration.total_seconds(), to_end)
        self._start(
            _Showing(segment.layer, item, None, segment, position, start_wall, start_mono, deadline)
        )

    def _preempt(self, alert: EmergencyMessage, wall: datetime, mono: float) -> None:
        showing = self._showing
        if showing is not None and showing.emergency is None and showing.deadline_mono is not None:
            self._paused = (showing, max(0.0, showing.deadline_mono - mono))
        self._finish(wall, mono)
        deadline = None
        if alert.expiry is not None:
            deadline = mono + max(0.0, (alert.expiry - wall).total_seconds())
        self._start(_Showing(Layer.EMERGENCY, None, alert, None, 0, wall, mono, deadline))

    def _restore(self, wall: datetime, mono: float) -> None:
        self._finish(wall, mono)
        paused, self._paused = self._paused, None
        if paused is not None:
            before, remaining = paused
            segment = before.segment
            assert segment is not None
            if segment.start <= wall < segment.end and remaining > _EPSILON_S:
                to_end = (segment.end - wall).total_seconds()
                self._start(
                    _Showing(
                        before.layer,
                        before.item,
                        None,
                        segment,
                        before.position,
                        wall,
                        mono,
                        mono + min(remaining, to_end),
                        continued=True,
                    )
                )
                return
        self._join(wall, mono)

    def _playing(self, wall: datetime, mono: float) -> Playing:
        showing = self._showing
        assert showing is not None
        change_in = None
        if showing.deadline_mono is not None:
            change_in = max(0.0, showing.deadline_mono - mono)
        if showing.segment is not None:
            to_end = (showing.segment.end - wall).total_seconds()
            change_in = to_end if change_in is None else min(change_in, max(0.0, to_end))
        return Playing(
            serial=self._serial,
            layer=showing.layer,
            item=showing.item,
            emergency=showing.emergency,
            started_at=showing.started_wall,
            change_in_s=change_in,
            upcoming=self._upcoming(showing, wall),
            notice=self.emergencies.notice(wall) if showing.emergency is None else None,
        )

    def _upcoming(self, showing: _Showing, wall: datetime) -> Item | None:
        if showing.emergency is not None:
            paused = self._paused
            return paused[0].item if paused is not None else self.timeline.slot_at(wall).item
        segment = showing.segment
        assert segment is not None
        if showing.deadline_mono is None or self._last is None:
            return segment.item(showing.position + 1)
        ends = wall + timedelta(seconds=showing.deadline_mono - self._last[1])
        if ends >= segment.end:
            return self.timeline.slot_at(segment.end).item
        return segment.item(showing.position + 1)
