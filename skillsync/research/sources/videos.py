"""What makes a YouTube video a good companion to a lesson, from what ``videos.list`` says of it:
its ISO 8601 duration, chapters written in its description, and a quality score from views,
like ratio, channel, captions, recency and a duration that fits the learner's style."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Weights of the quality signals (they add up to 1).
WEIGHTS = {
    "views": 0.25,
    "likes": 0.15,
    "channel": 0.10,
    "captions": 0.15,
    "recency": 0.15,
    "duration": 0.20,
}
# Durations (seconds) that fit a lesson, per learning style: long enough to explain, short
# enough to watch alongside the lesson; a hands-on learner codes along for longer.
FITTING_SECONDS = {
    "video": (300, 1500),
    "hands_on": (480, 2400),
    "reading": (180, 900),
    "mixed": (240, 1200),
}
EDUCATIONAL_CATEGORIES = {"27", "28"}  # Education, Science & Technology
_DURATION = re.compile(
    r"^P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
_STAMP = r"\(?(?P<stamp>(?:\d{1,2}:)?\d{1,3}:\d{2})\)?"
_BULLET = r"^\s*(?:[-*\u2022]\s*)?"
_DASH = r"\s*[-\u2013\u2014:|]?\s*"
_CHAPTER_FIRST = re.compile(rf"{_BULLET}{_STAMP}{_DASH}(?P<title>\S.*?)\s*$")
_CHAPTER_LAST = re.compile(rf"{_BULLET}(?P<title>\S.*?){_DASH}{_STAMP}\s*$")


def parse_duration(value: str) -> int | None:
    """Seconds of a YouTube duration: PT14M32S, PT1H, PT45S, P1DT2H10M5S, P0D... (the subset of
    ISO 8601 YouTube writes: no years or months, so a regular expression is all it takes)."""
    match = _DURATION.match(value.strip())
    if match is None or value.strip() in ("P", "PT") or value.strip().endswith("T"):
        return None
    parts = {k: float(v) for k, v in match.groupdict().items() if v}
    seconds = (
        parts.get("w", 0) * 604_800
        + parts.get("d", 0) * 86_400
        + parts.get("h", 0) * 3600
        + parts.get("m", 0) * 60
        + parts.get("s", 0)
    )
    return int(seconds)


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def chapters(description: str, duration: int) -> tuple[list[dict[str, Any]], str]:
    """The chapters a description lists ("00:00 Intro", "Intro - 1:02:03"), in order, within the
    video; and the description without those lines. Fewer than two is not a chapter list."""
    found: list[dict[str, Any]] = []
    kept: list[str] = []
    for line in description.splitlines():
        match = _CHAPTER_FIRST.match(line) or _CHAPTER_LAST.match(line)
        if match is None:
            kept.append(line)
            continue
        start = _seconds(match.group("stamp"))
        if (found and start <= found[-1]["start_seconds"]) or (duration and start > duration):
            kept.append(line)
            continue
        found.append({"start_seconds": start, "title": match.group("title")[:100]})
    if len(found) < 2:
        return [], description
    return found, "\n".join(kept)


def clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class Video:
    id: str
    title: str
    description: str
    channel: str
    channel_id: str
    category: str
    published_at: datetime | None
    duration: int
    views: int
    likes: int | None  # None: the creator hid them
    captions: bool
    live: bool
    licence: str
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def like_ratio(self) -> float | None:
        if self.likes is None or self.views <= 0:
            return None
        return self.likes / self.views

    def quality(self, *, style: str, now: datetime, channel_results: int) -> dict[str, float]:
        """Each signal scaled to 0..1, and their weighted sum as "total"."""
        low, high = FITTING_SECONDS.get(style, FITTING_SECONDS["mixed"])
        if self.duration <= 0:
            fit = 0.0
        elif self.duration < low:
            fit = self.duration / low
        elif self.duration > high:
            fit = (high / self.duration) ** 1.5
        else:
            fit = 1.0
        ratio = self.like_ratio
        age_years = (now - self.published_at).days / 365 if self.published_at else 5.0
        educational = self.category in EDUCATIONAL_CATEGORIES
        scores = {
            "views": min(1.0, math.log10(self.views + 1) / 7),  # 10 million: full marks
            "likes": 0.3 if ratio is None else min(1.0, ratio / 0.04),  # 4 % likes: full marks
            # An educational category, and a channel the search found more than once.
            "channel": 0.6 * educational + 0.4 * min(1.0, (channel_results - 1) / 2),
            "captions": 1.0 if self.captions else 0.0,
            "recency": 1 / (1 + max(0.0, age_years) / 3),  # three years old: half marks
            "duration": fit,
        }
        scores["total"] = sum(WEIGHTS[name] * scores[name] for name in WEIGHTS)
        return scores


def video_of(item: dict[str, Any]) -> Video | None:
    """A videos.list item as a Video; None when it is not a finished, playable video."""
    snippet = item.get("snippet") or {}
    details = item.get("contentDetails") or {}
    statistics = item.get("statistics") or {}
    duration = parse_duration(str(details.get("duration") or ""))
    if not isinstance(item.get("id"), str) or duration is None:
        return None
    published = snippet.get("publishedAt")
    likes = statistics.get("likeCount")
    licence = (item.get("status") or {}).get("license")
    return Video(
        id=item["id"],
        title=str(snippet.get("title") or ""),
        description=str(snippet.get("description") or ""),
        channel=str(snippet.get("channelTitle") or ""),
        channel_id=str(snippet.get("channelId") or ""),
        category=str(snippet.get("categoryId") or ""),
        published_at=datetime.fromisoformat(published) if published else None,
        duration=duration,
        views=int(statistics.get("viewCount") or 0),
        likes=None if likes is None else int(likes),
        captions=str(details.get("caption")).lower() == "true",
        live=snippet.get("liveBroadcastContent", "none") != "none" or duration == 0,
        licence={"youtube": "YouTube Standard License", "creativeCommon": "CC BY 3.0"}.get(
            str(licence), ""
        ),
    )
