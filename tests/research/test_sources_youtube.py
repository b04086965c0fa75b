"""YouTube videos as passages, against the fake Data API: a key is required, videos ranked by
quality with their chapters, the search bucket and the units budget counted apart, quota errors
closing the source until midnight Pacific time, and bad keys disabling it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skillsync.generation.models import ProviderCall
from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.videos import Video, chapters, parse_duration
from skillsync.research.sources.youtube import next_quota_reset
from tests.fakes.research_server import (
    FakeResearchServer,
    auth_error,
    rate_limited,
)
from tests.research.conftest import MakeResearchCatalog
from tests.research.helpers import (
    assert_closed,
    disabled_reason,
    fetch,
    fetch_plain_passages,
    seconds_until,
)

pytestmark = pytest.mark.django_db


def test_without_a_key_the_source_is_unavailable_and_nothing_is_sent(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "youtube")

    assert refused.value.reason == "no key"
    assert fake_research.count("youtube") == 0


def test_the_best_videos_come_with_chapters_duration_statistics_and_embed_url(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog(keys=("youtube",))

    passages = fetch_plain_passages(catalog, "youtube", kind="video")

    qualities = [p.quality for p in passages]
    assert qualities == sorted(qualities, reverse=True)
    for passage in passages:
        extra = passage.extra
        assert passage.url == f"https://www.youtube.com/watch?v={extra['video_id']}"
        assert extra["embed_url"] == f"https://www.youtube-nocookie.com/embed/{extra['video_id']}"
        assert extra["duration_seconds"] > 0  # never a live stream (P0D)
        assert extra["views"] > 0
        assert extra["channel"] == passage.author
        assert isinstance(extra["captions"], bool)
        assert passage.text.startswith(passage.title)
    with_chapters = [p for p in passages if p.extra["chapters"]]
    assert with_chapters
    for passage in with_chapters:
        starts = [c["start_seconds"] for c in passage.extra["chapters"]]
        assert starts[0] == 0
        assert starts == sorted(starts)
        assert "Chapters:\n0:00 Intro" in passage.text

    search = fake_research.requests_for("youtube", "search")[0]
    assert search.query["type"] == "video"
    assert search.query["videoEmbeddable"] == "true"
    assert search.query["relevanceLanguage"] == "en"
    assert "key" not in search.query  # the key travels in a header, not in URLs
    videos = fake_research.requests_for("youtube", "videos")[0]
    assert "contentDetails" in videos.query["part"]
    assert "statistics" in videos.query["part"]


def test_a_search_is_a_call_of_the_search_bucket_and_details_only_a_unit(
    make_research_catalog: MakeResearchCatalog,
) -> None:
    catalog = make_research_catalog(keys=("youtube",))

    fetch(catalog, "youtube")
    fetch(catalog, "youtube", "Python generators")

    assert ProviderCall.objects.filter(provider="youtube").count() == 2  # two searches
    units = ProviderCall.objects.filter(provider="youtube_units")
    assert [u.tokens_reserved for u in units] == [1, 1]


def test_the_search_bucket_is_never_exceeded(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog(keys=("youtube",), limits={"youtube": {"requests_per_day": 2}})
    fetch(catalog, "youtube")
    fetch(catalog, "youtube", "Python generators")

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "youtube", "Docker volumes")

    assert refused.value.reason == "requests budget"
    assert fake_research.count("youtube", "search") == 2


@pytest.mark.parametrize(
    "behaviour",
    [
        rate_limited("units"),
        rate_limited("units", route="videos"),
        rate_limited("search"),
        rate_limited("daily_legacy"),
    ],
)
def test_a_used_up_quota_closes_the_source_until_midnight_pacific(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, behaviour
) -> None:
    catalog = make_research_catalog(keys=("youtube",))
    fake_research.script("youtube", behaviour)

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "youtube")

    assert refused.value.retry_at == next_quota_reset()
    sent = fake_research.count("youtube")
    assert_closed(catalog, fake_research, "youtube", sent=sent)


def test_midnight_pacific_follows_daylight_saving_time() -> None:
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    winter = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert next_quota_reset(summer) == datetime(2026, 7, 2, 7, 0, tzinfo=UTC)
    assert next_quota_reset(winter) == datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("status", [403, 429])
def test_a_short_term_rate_limit_closes_the_source_for_a_minute(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, status: int
) -> None:
    catalog = make_research_catalog(keys=("youtube",))
    fake_research.script("youtube", rate_limited("minute", status=status))

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "youtube")

    assert "rateLimitExceeded" in refused.value.reason
    assert 50 < seconds_until(refused.value.retry_at) <= 60


@pytest.mark.parametrize("variant", ["invalid", "legacy", "missing", "not_enabled", "blocked"])
def test_a_rejected_key_disables_the_source(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, variant: str
) -> None:
    catalog = make_research_catalog(keys=("youtube",))
    fake_research.script("youtube", auth_error(variant))

    with pytest.raises(SourceUnavailable):
        fetch(catalog, "youtube")

    assert disabled_reason("youtube")
    assert_closed(catalog, fake_research, "youtube", sent=1)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("PT14M32S", 872),
        ("PT1H2M3S", 3723),
        ("PT45S", 45),
        ("PT4M", 240),
        ("PT1H", 3600),
        ("P1DT2H10M5S", 94_205),
        ("P0D", 0),
        ("PT", None),
        ("14:32", None),
    ],
)
def test_iso_8601_durations_in_every_form_youtube_writes(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


def test_chapters_are_read_from_description_timestamps() -> None:
    description = (
        "What we build.\n\n0:00 Intro\n2:10 - The slow view\n(1:02:03) Wrap-up\n"
        "Bonus part \u2013 1:30:00\nCode: https://example.com"
    )
    found, rest = chapters(description, duration=5000)
    assert found == [
        {"start_seconds": 0, "title": "Intro"},
        {"start_seconds": 130, "title": "The slow view"},
        {"start_seconds": 3723, "title": "Wrap-up"},
    ]  # 1:30:00 is past the end of the video
    assert rest == "What we build.\n\nBonus part \u2013 1:30:00\nCode: https://example.com"
    assert chapters("Released 10:00 sharp.", duration=600) == ([], "Released 10:00 sharp.")


def video(**overrides: object) -> Video:
    values: dict[str, object] = {
        "id": "Xk3Tq9vLm2A",
        "title": "t",
        "description": "",
        "channel": "Code Lab",
        "channel_id": "UC1",
        "category": "27",
        "published_at": datetime(2026, 1, 1, tzinfo=UTC),
        "duration": 600,
        "views": 100_000,
        "likes": 3000,
        "captions": True,
        "live": False,
        "licence": "",
    }
    values.update(overrides)
    return Video(**values)  # type: ignore[arg-type]


def test_quality_prefers_a_fitting_duration_captions_likes_and_recency() -> None:
    now = datetime(2026, 11, 25, tzinfo=UTC)

    def total(candidate: Video, style: str = "video") -> float:
        return candidate.quality(style=style, now=now, channel_results=1)["total"]

    good = total(video())
    assert total(video(duration=4 * 3600)) < good
    assert total(video(duration=60)) < good
    assert total(video(captions=False)) < good
    assert total(video(likes=100)) < good
    assert total(video(published_at=now - timedelta(days=3650))) < good
    assert total(video(category="10")) < good
    assert total(video(duration=2000), "hands_on") > total(video(duration=2000), "reading")
    assert video(likes=None).like_ratio is None
