"""The feed poller against a local feed server: conditional requests, each telegram fetched
once, corrections, cancels and expiry, backoff on errors, catch-up, refusals, drills."""

import dataclasses

from content.alerts.model import Level
from gateway.alerts import documents
from gateway.alerts.fetch import Fetcher
from gateway.alerts.poller import FeedPoller
from gateway.alerts.store import active_alerts, history, stored_alert
from tests.content.alerts.samples import sample
from tests.gateway.alerts.feedserver import atom, cap_atom

DATA = "/developer/xml/data/"
RAIN_H27 = "20260714061208_0_VPWW54_130000.xml"
RAIN_H27_OLD = "20260714061208_0_VPWW53_130000.xml"
RAIN_R06 = "20260714074011_0_VPWW55_130000.xml"
CLEARED = "20260714120502_0_VPWW54_130000.xml"
TORNADO = "20260820053844_0_VPHW50_130000.xml"
QUAKE = "20261002013140_0_VXSE53_010000.xml"
QUAKE_CANCEL = "20261002014002_0_VXSE53_010000.xml"
FORECAST = "20260714060000_0_VPFD51_130010.xml"
RAIN_KEY = "jma:weather:1322900:heavy_rain"


def put(feeds, name, fixture, title="気象警報・注意報（Ｈ２７）", updated="2026-07-14T06:12:08Z"):
    url = feeds.publish(DATA + name, sample(fixture))
    return (url, title, updated)


def short(feeds, entries):
    feeds.publish("/feed/extra.xml", atom(entries))


def test_a_warning_is_kept_corrected_and_ended(engine, feeds, config, clock):
    poller = FeedPoller(engine, config, clock=clock)
    first = put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")
    short(feeds, [first])
    report = poller.poll_once()
    assert report.feeds[f"{feeds.url}/feed/extra.xml"] == "ok"
    active = {s.key: s for s in active_alerts(engine, clock())}
    # only the city's municipality is kept, not 練馬区 or 小平市
    assert set(active) == {RAIN_KEY, "jma:weather:1322900:thunder"}
    assert active[RAIN_KEY].alert.level is Level.WARNING

    level4 = put(feeds, RAIN_R06, "jma/vpww55_tokyo_level4.xml", updated="2026-07-14T07:40:11Z")
    short(feeds, [level4, first])
    poller.poll_once()
    rain = stored_alert(engine, RAIN_KEY)
    assert rain.alert.level is Level.DANGER and rain.version == 2
    # the 2026 telegram speaks for heavy rain only: the thunder advisory holds
    assert stored_alert(engine, "jma:weather:1322900:thunder").state == "active"

    cleared = put(feeds, CLEARED, "jma/vpww54_tokyo_cleared.xml", updated="2026-07-14T12:05:02Z")
    short(feeds, [cleared, level4, first])
    poller.poll_once()
    assert active_alerts(engine, clock()) == []
    assert [e.action for e in history(engine, RAIN_KEY)] == ["issued", "updated", "ended"]
    assert all(feeds.requests[DATA + n] == 1 for n in (RAIN_H27, RAIN_R06, CLEARED))
    # a copy of the first issuance arriving late revives nothing
    late = put(feeds, RAIN_H27_OLD, "jma/vpww53_tokyo_heavy_rain.xml", "気象特別警報・警報・注意報")
    short(feeds, [late, cleared, level4, first])
    poller.poll_once()
    assert active_alerts(engine, clock()) == []
    assert history(engine, RAIN_KEY)[-1].action == "stale"


def test_conditional_requests_and_each_telegram_fetched_once(engine, feeds, config, clock):
    poller = FeedPoller(engine, config, clock=clock)
    short(feeds, [put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")])
    poller.poll_once()
    second = poller.poll_once()
    assert second.feeds[f"{feeds.url}/feed/extra.xml"] == "not_modified"
    last = [c for c in feeds.conditional if c[0] == "/feed/extra.xml"][-1]
    assert last[1].startswith('"') and last[2].endswith("GMT")
    assert feeds.requests[DATA + RAIN_H27] == 1
    # another gateway process (or a restart) does not fetch it again either
    FeedPoller(engine, config, clock=clock).poll_once()
    assert feeds.requests[DATA + RAIN_H27] == 1


def test_telegrams_the_gateway_does_not_read_are_never_fetched(engine, feeds, config, clock):
    forecast = feeds.publish(DATA + FORECAST, b"<Report/>")
    short(feeds, [(forecast, "府県天気予報", "2026-07-14T06:00:00Z")])
    FeedPoller(engine, config, clock=clock).poll_once()
    assert feeds.requests[DATA + FORECAST] == 0


def test_weather_telegrams_of_other_prefectures_are_never_fetched(engine, feeds, config, clock):
    osaka = put(feeds, "20260714061208_0_VPWW54_270000.xml", "jma/vpww54_tokyo_heavy_rain.xml")
    short(feeds, [osaka])
    FeedPoller(engine, config, clock=clock).poll_once()
    assert feeds.requests[DATA + "20260714061208_0_VPWW54_270000.xml"] == 0


def test_old_and_new_generations_of_one_issuance_merge(engine, feeds, config, clock):
    h27 = put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")
    old = put(feeds, RAIN_H27_OLD, "jma/vpww53_tokyo_heavy_rain.xml", "気象特別警報・警報・注意報")
    short(feeds, [h27, old])
    FeedPoller(engine, config, clock=clock).poll_once()
    assert len(active_alerts(engine, clock())) == 2
    assert [e.action for e in history(engine, RAIN_KEY)] == ["issued", "merged"]


def test_earthquake_cancel_and_tornado_expiry(engine, feeds, config, clock):
    poller = FeedPoller(engine, config, clock=clock)
    quake = put(
        feeds, QUAKE, "jma/vxse53_tama.xml", "震源・震度に関する情報", "2026-10-02T01:31:40Z"
    )
    tornado = put(feeds, TORNADO, "jma/vphw50_tokyo.xml", "竜巻注意情報", "2026-08-20T05:38:44Z")
    short(feeds, [quake, tornado])
    clock.now = clock.now.replace(month=8, day=20, hour=5, minute=40)
    poller.poll_once()
    keys = {s.key for s in active_alerts(engine, clock())}
    assert keys == {"jma:earthquake:20261002102714:351", "jma:tornado:1322900"}
    clock.advance(hours=1)  # past the tornado's 15:40 JST
    report = poller.poll_once()
    assert [(c.key, c.action) for c in report.changes] == [("jma:tornado:1322900", "expired")]
    title = "震源・震度に関する情報"
    cancel = put(feeds, QUAKE_CANCEL, "jma/vxse53_cancel.xml", title, "2026-10-02T01:40:02Z")
    short(feeds, [cancel, quake, tornado])
    poller.poll_once()
    assert active_alerts(engine, clock()) == []
    assert stored_alert(engine, "jma:earthquake:20261002102714:351").state == "cancelled"


def test_backoff_on_server_errors_then_recovery(engine, feeds, config, clock):
    poller = FeedPoller(engine, config, clock=clock)
    feed = f"{feeds.url}/feed/extra.xml"
    short(feeds, [put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")])
    feeds.fail("/feed/extra.xml", 500, times=2)
    poller.poll_once()  # the long feed is missing (404) and the short one answers 500
    assert poller.poll_once().feeds[feed] == "backoff"
    asked = feeds.requests["/feed/extra.xml"]
    assert asked == 1
    clock.advance(seconds=61)
    assert poller.poll_once().feeds[feed].startswith("failed: http_500")
    clock.advance(seconds=61)
    assert poller.poll_once().feeds[feed] == "backoff"  # doubled: 120 s
    clock.advance(seconds=60)
    assert poller.poll_once().feeds[feed] == "ok"
    assert {s.key for s in active_alerts(engine, clock())} >= {RAIN_KEY}


def test_a_telegram_that_fails_is_fetched_again_after_the_backoff(engine, feeds, config, clock):
    poller = FeedPoller(engine, config, clock=clock)
    short(feeds, [put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")])
    feeds.fail(DATA + RAIN_H27, 503)
    assert poller.poll_once().feeds[f"{feeds.url}/feed/extra.xml"].startswith("failed")
    clock.advance(seconds=61)
    poller.poll_once()  # the feed's old validators were kept: it is read again in full
    assert feeds.requests[DATA + RAIN_H27] == 2
    assert stored_alert(engine, RAIN_KEY).state == "active"


def test_catch_up_from_the_long_feed(engine, feeds, config, clock):
    poller = FeedPoller(engine, config, clock=clock)
    missed = put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")
    feeds.publish("/feed/extra_l.xml", atom([missed], title="長期（随時）"))
    short(feeds, [])
    poller.poll_once()
    assert stored_alert(engine, RAIN_KEY).state == "active"
    assert feeds.requests["/feed/extra_l.xml"] == 1
    clock.advance(minutes=5)
    poller.poll_once()
    assert feeds.requests["/feed/extra_l.xml"] == 1  # recent enough: the short feed will do
    feeds.fail("/feed/extra.xml", 500, times=30)  # down for a while
    for _ in range(8):
        clock.advance(minutes=3)
        poller.poll_once()
    assert feeds.requests["/feed/extra_l.xml"] >= 2  # the long feed stands in meanwhile
    feeds.failures.clear()
    feeds.fail("/feed/extra_l.xml", 500)  # and the catch-up after the outage fails once
    clock.advance(minutes=15)
    before = feeds.requests["/feed/extra_l.xml"]
    poller.poll_once()
    assert feeds.requests["/feed/extra_l.xml"] == before + 1
    clock.advance(seconds=30)
    assert poller.poll_once().feeds[f"{feeds.url}/feed/extra.xml"] == "not_modified"
    assert feeds.requests["/feed/extra_l.xml"] == before + 1  # the catch-up is backed off…
    clock.advance(seconds=31)
    poller.poll_once()
    assert feeds.requests["/feed/extra_l.xml"] == before + 2  # …and tried until it goes through
    clock.advance(minutes=1)
    poller.poll_once()
    assert feeds.requests["/feed/extra_l.xml"] == before + 2


def test_attacks_are_refused_with_their_reason_and_the_feed_goes_on(engine, feeds, config, clock):
    attacks = {
        "20260714061000_0_VPWW54_130000.xml": sample("attacks/billion_laughs.xml"),
        "20260714061001_0_VPWW54_130000.xml": sample("attacks/external_entity.xml"),
        "20260714061002_0_VXSE53_130000.xml": sample("attacks/truncated.xml"),
        "20260714061003_0_VPWW54_130000.xml": sample("attacks/wrong_namespace.xml"),
        "20260714061004_0_VPWW54_130000.xml": b"<a>" + b"x" * 40000 + b"</a>",
    }
    entries = [
        (feeds.publish(DATA + name, body), "気象警報・注意報（Ｈ２７）", f"2026-07-14T06:10:0{i}Z")
        for i, (name, body) in enumerate(attacks.items())
    ]
    entries.append(put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml"))
    short(feeds, entries)
    small = dataclasses.replace(config, max_document_kb=16)
    report = FeedPoller(engine, small, clock=clock).poll_once()
    assert sorted(report.refused.values()) == [
        "dtd_forbidden", "dtd_forbidden", "too_large", "truncated", "wrong_namespace",
    ]  # fmt: skip
    assert report.feeds[f"{feeds.url}/feed/extra.xml"] == "ok"
    assert stored_alert(engine, RAIN_KEY).state == "active"
    refused = documents.recent_documents(engine, outcome=documents.REFUSED)
    assert len(refused) == 5 and all(r.detail for r in refused)
    # a broken feed itself is backed off, its reason kept
    feeds.publish("/feed/extra.xml", sample("attacks/billion_laughs.xml"))
    clock.advance(minutes=1)
    report = FeedPoller(engine, config, clock=clock).poll_once()
    assert report.feeds[f"{feeds.url}/feed/extra.xml"].startswith("failed: dtd_forbidden")


def test_a_compressed_bomb_is_stopped_at_the_limit_after_decompression(
    engine, feeds, config, clock
):
    bomb = b"<a>" + b" " * (4 << 20) + b"</a>"  # 4 MiB of spaces: a few KB compressed
    name = "20260714061005_0_VPWW54_130000.xml"
    url = feeds.publish(DATA + name, bomb, gzipped=True)
    assert len(feeds.documents[DATA + name]) < 10_000
    short(feeds, [(url, "x", "2026-07-14T06:10:05Z")])
    report = FeedPoller(engine, config, clock=clock).poll_once()
    assert report.refused == {url: "too_large"}
    # a gzipped telegram within the limit is read as any other
    short(feeds, [put(feeds, RAIN_H27, "jma/vpww54_tokyo_heavy_rain.xml")])
    feeds.publish(DATA + RAIN_H27, sample("jma/vpww54_tokyo_heavy_rain.xml"), gzipped=True)
    FeedPoller(engine, config, clock=clock).poll_once()
    assert stored_alert(engine, RAIN_KEY).state == "active"


def test_cap_messages_inside_the_feed_are_read(engine, feeds, config, clock):
    message = sample("cap/city_evacuation.xml").split(b"?>", 1)[1]
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:uuid:fat-1</id>'
        b'<title>x</title><content type="text/xml">' + message + b"</content></entry></feed>"
    )
    url = feeds.publish("/cap/fat.atom", feed)
    cap = dataclasses.replace(config, jma_feeds=(), cap_feeds=(url,))
    clock.now = clock.now.replace(month=9, day=14, hour=9)
    poller = FeedPoller(engine, cap, clock=clock)
    poller.poll_once()
    (alert,) = active_alerts(engine, clock())
    assert alert.alert.evacuation_level == 4
    assert documents.recent_documents(engine)[0].url == "urn:uuid:fat-1"
    feeds.publish("/cap/fat.atom", feed + b" ")  # a new ETag, the same entry: not filed again
    poller.poll_once()
    assert [e.action for e in history(engine, alert.key)] == ["issued"]


def test_drills_are_never_active_as_real(engine, feeds, config, clock):
    drill = put(feeds, RAIN_H27, "jma/vpww54_tokyo_drill.xml")
    short(feeds, [drill])
    FeedPoller(engine, config, clock=clock).poll_once()
    assert active_alerts(engine, clock()) == []
    (shown,) = [s for s in active_alerts(engine, clock(), drills=True) if "heavy_rain" in s.key]
    assert shown.drill and shown.key == "exercise:" + RAIN_KEY


def test_cap_feed_publishes_updates_and_cancels_one_event(engine, feeds, config, clock):
    links = [
        feeds.publish("/cap/1.xml", sample("cap/city_evacuation.xml")),
        feeds.publish("/cap/elsewhere.xml", sample("cap/circle_elsewhere.xml")),
    ]
    feeds.publish("/cap/feed.xml", cap_atom(links))
    cap = dataclasses.replace(config, jma_feeds=(), cap_feeds=(f"{feeds.url}/cap/feed.xml",))
    poller = FeedPoller(engine, cap, clock=clock)
    clock.now = clock.now.replace(month=9, day=14, hour=9)
    poller.poll_once()
    (evacuation,) = active_alerts(engine, clock())
    assert evacuation.alert.evacuation_level == 4 and len(evacuation.alert.texts) == 2
    links.append(feeds.publish("/cap/2.xml", sample("cap/city_evacuation_update.xml")))
    feeds.publish("/cap/feed.xml", cap_atom(links))
    poller.poll_once()
    (updated,) = active_alerts(engine, clock())
    assert updated.key == evacuation.key and updated.alert.level is Level.EMERGENCY
    links.append(feeds.publish("/cap/3.xml", sample("cap/city_evacuation_cancel.xml")))
    feeds.publish("/cap/feed.xml", cap_atom(links))
    poller.poll_once()
    assert active_alerts(engine, clock()) == []
    actions = [e.action for e in history(engine, evacuation.key)]
    assert actions == ["issued", "updated", "cancelled"]


def test_an_update_that_moves_an_alert_out_of_the_city_ends_it(engine, feeds, config, clock):
    moved = (
        sample("cap/city_evacuation_update.xml")
        .replace(b"<geocode><valueName>JMA</valueName><value>1322900</value></geocode>", b"")
        .replace(b"<areaDesc>", b"<circle>35.6664,139.3160 1</circle><areaDesc>")
    )
    links = [feeds.publish("/cap/1.xml", sample("cap/city_evacuation.xml"))]
    feeds.publish("/cap/feed.xml", cap_atom(links))
    cap = dataclasses.replace(config, jma_feeds=(), cap_feeds=(f"{feeds.url}/cap/feed.xml",))
    poller = FeedPoller(engine, cap, clock=clock)
    clock.now = clock.now.replace(month=9, day=14, hour=9)
    poller.poll_once()
    (held,) = active_alerts(engine, clock())
    links.append(feeds.publish("/cap/2.xml", moved))
    feeds.publish("/cap/feed.xml", cap_atom(links))
    poller.poll_once()
    assert active_alerts(engine, clock()) == []
    assert [e.action for e in history(engine, held.key)] == ["issued", "ended"]


def test_the_same_cap_message_from_two_sources_is_one_alert(engine, feeds, config, clock):
    one = feeds.publish("/city/alert.xml", sample("cap/city_evacuation.xml"))
    two = feeds.publish("/relay/alert.xml", sample("cap/city_evacuation.xml"))
    cap = dataclasses.replace(config, jma_feeds=(), cap_feeds=(one, two))
    clock.now = clock.now.replace(month=9, day=14, hour=9)
    FeedPoller(engine, cap, clock=clock).poll_once()
    (alert,) = active_alerts(engine, clock())
    assert [e.action for e in history(engine, alert.key)] == ["issued"]


def test_links_to_other_hosts_are_refused(engine, feeds, config, clock):
    short(feeds, [("http://attacker.example/x_0_VPWW54_130000.xml", "x", "2026-07-14T06:00:00Z")])
    report = FeedPoller(engine, config, clock=clock).poll_once()
    assert list(report.refused.values()) == ["host_not_allowed"]


def test_requests_to_one_host_keep_a_gap():
    waits = []
    ticks = iter([0.0, 0.2, 1.0, 5.0, 5.0])
    fetcher = Fetcher(
        gap_s=1.0, timeout_s=1, max_bytes=10, sleep=waits.append, monotonic=lambda: next(ticks)
    )
    for _ in range(3):
        fetcher._wait_turn("www.data.jma.go.jp")
    assert waits == [0.8]
