"""YouTube Data API v3 (/work/shared/api-shapes/youtube.md), with a key (``YOUTUBE_API_KEY``;
without one the source is unavailable): ``search.list`` for embeddable videos, then one
``videos.list`` for their details; the best videos by quality (videos.py) become passages of
their title, description and chapters.

Quotas: search.list takes one call of the daily search bucket (the source's own
``requests_per_day``), videos.list one unit of the units budget and no search call. A
``quotaExceeded`` (or legacy ``dailyLimitExceeded``) or a 429 "per day" closes the source until
midnight Pacific time, when Google resets them; a short-term ``rateLimitExceeded`` closes it for
a minute; an invalid, blocked or unenabled key disables it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from skillsync.generation.providers import budgets
from skillsync.research.passages import Passage
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.budget import RateLimited
from skillsync.research.sources.client import ApiSource, Deadline, in_seconds, json_of, utc_now
from skillsync.research.sources.text import trim, unescape
from skillsync.research.sources.videos import Video, chapters, clock, video_of

QUOTA_ZONE = ZoneInfo("America/Los_Angeles")  # youtube.md: quotas reset at midnight PT
SHORT_WAIT_SECONDS = 60  # a per-minute rate limit
MAX_DESCRIPTION_CHARS = 1600
LANGUAGE = "en"
_DAILY_REASONS = {"quotaExceeded", "dailyLimitExceeded"}
_RATE_REASONS = {"rateLimitExceeded", "RATE_LIMIT_EXCEEDED", "userRateLimitExceeded"}
_KEY_REASONS = {
    "keyInvalid",
    "keyExpired",
    "API_KEY_INVALID",
    "API_KEY_SERVICE_BLOCKED",
    "API_KEY_HTTP_REFERRER_BLOCKED",
    "API_KEY_IP_ADDRESS_BLOCKED",
    "accessNotConfigured",
    "SERVICE_DISABLED",
    "ipRefererBlocked",
}


def next_quota_reset(now: datetime | None = None) -> datetime:
    local = (now or datetime.now(UTC)).astimezone(QUOTA_ZONE)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(UTC)


class YouTubeSource(ApiSource):
    source = "youtube"

    def headers(self) -> dict[str, str]:
        return {"X-Goog-Api-Key": self.config.api_key}  # kept out of URLs and logs

    def collect(self, topic: str, *, style: str, limit: int, deadline: Deadline) -> list[Passage]:
        found = self.get(
            "/search",
            route="search",
            deadline=deadline,
            params={
                "part": "snippet",
                "type": "video",
                "q": topic,
                "maxResults": str(min(50, max(10, limit * 4))),
                "relevanceLanguage": LANGUAGE,
                "videoEmbeddable": "true",
                "safeSearch": "strict",
            },
        )
        ids: list[str] = []
        for item in found["items"]:
            video_id = (item.get("id") or {}).get("videoId")
            live = (item.get("snippet") or {}).get("liveBroadcastContent", "none") != "none"
            if isinstance(video_id, str) and video_id not in ids and not live:
                ids.append(video_id)
        if not ids:
            return []
        details = self.get(
            "/videos",
            route="videos",
            deadline=deadline,
            params={"part": "snippet,contentDetails,statistics,status", "id": ",".join(ids)},
            units=1,
            call=False,  # videos.list costs a unit, not a search call
        )
        videos = [v for v in map(video_of, details["items"]) if v is not None and not v.live]
        return self._best(videos, style=style, limit=limit)

    def _best(self, videos: list[Video], *, style: str, limit: int) -> list[Passage]:
        now = utc_now()
        channels = [v.channel_id for v in videos]
        rated = [
            (video, video.quality(style=style, now=now, channel_results=channels.count(v_id)))
            for video, v_id in zip(videos, channels, strict=True)
        ]
        rated.sort(key=lambda pair: pair[1]["total"], reverse=True)
        passages = [self._passage(video, scores) for video, scores in rated[:limit]]
        return [p for p in passages if p is not None]

    def _passage(self, video: Video, scores: dict[str, float]) -> Passage | None:
        title = unescape(video.title)
        listed, description = chapters(video.description, video.duration)
        paragraphs = (
            "\n".join(" ".join(line.split()) for line in p.splitlines() if line.strip())
            for p in re.split(r"\n\s*\n", description)
        )
        description = "\n\n".join(p for p in paragraphs if p)
        parts = [title, trim(description, MAX_DESCRIPTION_CHARS)]
        if listed:
            lines = [f"{clock(c['start_seconds'])} {c['title']}" for c in listed]
            parts.append("Chapters:\n" + "\n".join(lines))
        ratio = video.like_ratio
        return self.passage(
            kind="video",
            url=f"https://www.youtube.com/watch?v={video.id}",
            title=title,
            text="\n\n".join(p for p in parts if p.strip()),
            author=video.channel,
            licence=video.licence,
            quality=scores["total"],
            extra={
                "video_id": video.id,
                "duration_seconds": video.duration,
                "views": video.views,
                "like_ratio": None if ratio is None else round(ratio, 4),
                "captions": video.captions,
                "channel": video.channel,
                "channel_id": video.channel_id,
                "published_at": video.published_at.isoformat() if video.published_at else None,
                "chapters": listed,
                "embed_url": f"https://www.youtube-nocookie.com/embed/{video.id}",
                "scores": {k: round(v, 3) for k, v in scores.items()},
            },
        )

    # -- the API's answers ----------------------------------------------------------------------
    def read(self, response: httpx.Response, route: str) -> Any:
        status = response.status_code
        if status == 200:
            body = json_of(response, self.name)
            if not isinstance(body, dict) or not isinstance(body.get("items"), list):
                raise SourceFailed(f"{self.name}: malformed answer (no items)")
            return body
        try:
            envelope = response.json()
        except ValueError:
            raise SourceFailed(f"{self.name}: HTTP {status}") from None
        error = envelope.get("error") if isinstance(envelope, dict) else None
        raise self._error(status, error if isinstance(error, dict) else {})

    def _error(self, status: int, error: dict[str, Any]) -> Exception:
        """Classified by ``errors[].reason``, then ``details[].reason`` (youtube.md §4)."""
        message = str(error.get("message") or f"HTTP {status}")
        details = [d for d in error.get("details") or [] if isinstance(d, dict)]
        reasons = {str(e.get("reason")) for e in error.get("errors") or [] if isinstance(e, dict)}
        reasons |= {str(d.get("reason")) for d in details}
        limits = " ".join(str((d.get("metadata") or {}).get("quota_limit", "")) for d in details)
        reason = f"{self.name}: {status} {'/'.join(sorted(reasons))}: {message[:200]}"
        per_day = "per day" in message.lower() or "PerDay" in limits
        if reasons & _DAILY_REASONS or (reasons & _RATE_REASONS and per_day):
            return RateLimited(reason, next_quota_reset())
        if reasons & _RATE_REASONS or status == 429:
            return RateLimited(reason, in_seconds(SHORT_WAIT_SECONDS))
        missing_key = status == 403 and error.get("status") == "PERMISSION_DENIED"
        if reasons & _KEY_REASONS or missing_key:
            budgets.disable(self.name, reason)
            return SourceUnavailable(reason)
        return SourceFailed(reason)
