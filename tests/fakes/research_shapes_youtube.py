"""YouTube Data API v3's wire formats (/work/shared/api-shapes/youtube.md).

Routes: ``search`` (``/search``, search.list) and ``videos`` (``/videos``, videos.list). The key
is the ``key`` query parameter (or ``X-Goog-Api-Key``). Quotas (see research_limits.py): a
search.list call takes 1 from the 100-a-day search bucket (refused with the 429 "Search Queries
per day"), a videos.list call 1 unit from the 10,000-a-day pool (refused with 403
``quotaExceeded``). No rate-limit headers. Google's JSON escapes ``<``/``>`` as ``\\u003c``.
"""

from __future__ import annotations

import base64
import html
import math
from typing import Any

from tests.fakes.http_fake import Reply
from tests.fakes.research_behaviours import Behaviour
from tests.fakes.research_content import (
    INJECTION_TEXT,
    Topic,
    iso,
    moment_before,
    seeded,
    sentences,
    stable_int,
    stable_token,
)
from tests.fakes.research_limits import Charge, Refusal
from tests.fakes.research_shapes import Context, Parsed, Request, SourceShapes, dumps

PROJECT = "583920174466"
QUOTA_MESSAGE = (
    'The request cannot be completed because you have exceeded your <a href="/youtube/v3/'
    'getting-started#quota">quota</a>.'
)
SEARCH_BUCKET_MESSAGE = (
    "Quota exceeded for quota metric 'Search Queries' and limit 'Search Queries per day' of "
    f"service 'youtube.googleapis.com' for consumer 'project_number:{PROJECT}'."
)
_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
_VIDEO_FILTERS = (
    "videoDuration",
    "videoCaption",
    "videoDefinition",
    "videoDimension",
    "videoEmbeddable",
    "videoLicense",
    "videoSyndicated",
    "videoType",
)
_CHANNELS = (
    "Code Lab",
    "Pixel Tutor",
    "The Dev Bench",
    "Learn With Priya",
    "Byte Size Lessons",
    "Software Stories",
)
_TITLES = (
    "{M} explained in {n} minutes",
    "{M} tutorial for beginners",
    "{M}: common mistakes & how to avoid them",
    "Master {m} - full course",
    "What's new in {m}",
    '{M} vs the alternatives: "which one should I use?"',
)
_METHODS = {
    "search": "youtube.api.v3.V3DataSearchService.List",
    "videos": "youtube.api.v3.V3DataVideoService.List",
}
# One duration of every documented form (youtube.md §3) for unfiltered searches.
_ANY_DURATIONS = (872, 3723, 45, 240, 3600, 94_205, 0)


def iso_duration(seconds: int) -> str:
    """ISO 8601 as YouTube writes it: PT14M32S, PT1H2M3S, PT45S, PT4M, PT1H, P1DT2H10M5S, P0D."""
    if seconds <= 0:
        return "P0D"
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"P{days}D" if days else "P"
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    clock += f"{secs}S" if secs else ""
    return text + ("T" + clock if clock else "")


def page_token(offset: int) -> str:
    return "CA" + base64.urlsafe_b64encode(f"o{offset}".encode()).decode().rstrip("=")


def offset_of(token: str) -> int | None:
    if not token.startswith("CA"):
        return None
    try:
        raw = base64.urlsafe_b64decode(token[2:] + "=" * (-len(token[2:]) % 4)).decode()
    except ValueError:
        return None
    return int(raw[1:]) if raw.startswith("o") and raw[1:].isdigit() else None


def _escape(text: str) -> str:
    """search.list's HTML escaping (``&amp;``, ``&#39;``, ``&quot;``)."""
    return html.escape(text, quote=True).replace("&#x27;", "&#39;")


def _etag(*parts: object) -> str:
    return stable_token("etag", *parts, length=27, alphabet=_ID_ALPHABET)


class YouTubeShapes(SourceShapes):
    name = "youtube"
    routes = ("search", "videos")
    rate_limits = ("units", "search", "daily_legacy", "minute")
    auth_variants = ("invalid", "legacy", "missing", "not_enabled", "blocked")
    unsupported = frozenset({"redirect", "not_found"})
    json_content_type = "application/json; charset=UTF-8"

    def parse(self, request: Request) -> Parsed | Reply:
        if request.method == "GET" and request.local in ("/search", "/videos"):
            return Parsed(request.local[1:])
        # Google's front end answers unknown paths with an HTML page (inferred).
        page = (
            "<!DOCTYPE html>\n<html lang=en>\n<title>Error 404 (Not Found)!!1</title>\n"
            "<p><b>404.</b> <ins>That's an error.</ins>\n<p>The requested URL "
            f"<code>{html.escape(request.path)}</code> was not found on this server.  "
            "<ins>That's all we know.</ins>\n"
        )
        return Reply(404, page.encode(), {"Content-Type": "text/html; charset=UTF-8"})

    def authenticate(self, request: Request, parsed: Parsed, key: str | None) -> str | Reply:
        sent = request.query.get("key") or request.headers.get("x-goog-api-key")
        if not sent:
            return self.missing_key(request)
        if sent != key:
            return self.invalid_key(request)
        return sent

    def buckets(self, request: Request, parsed: Parsed, identity: str) -> list[Charge]:
        name = "search_per_day" if parsed.route == "search" else "units_per_day"
        return [Charge(name, identity)]

    def refused(self, request: Request, parsed: Parsed, refusal: Refusal) -> Reply | None:
        if refusal.name == "search_per_day":
            return self.search_bucket(request)
        return self.quota_exceeded(request)

    # -- errors ----------------------------------------------------------------------------------
    def error(
        self,
        request: Request,
        code: int,
        message: str,
        reason: str,
        domain: str,
        *,
        status: str | None = None,
        details: list[dict[str, Any]] | None = None,
        **fields: str,
    ) -> Reply:
        error: dict[str, Any] = {
            "code": code,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason, **fields}],
        }
        if status is not None:
            error["status"] = status
        if details is not None:
            error["details"] = details
        body = dumps({"error": error}, escape_html=True)
        reply = Reply(code, body, {"Content-Type": self.json_content_type})
        return self.encode(request, reply)

    def quota_exceeded(self, request: Request) -> Reply:
        return self.error(request, 403, QUOTA_MESSAGE, "quotaExceeded", "youtube.quota")

    def search_bucket(self, request: Request) -> Reply:
        # youtube.md §4: only the message is captured; the rest is the inferred Cloud shape.
        return self.resource_exhausted(
            request, SEARCH_BUCKET_MESSAGE, "search_queries", "SearchQueriesPerDay", 100
        )

    def resource_exhausted(
        self, request: Request, message: str, metric: str, limit: str, value: int
    ) -> Reply:
        """The 429 RESOURCE_EXHAUSTED of a project quota, with the Cloud ``ErrorInfo`` naming
        the quota metric, limit and its value (inferred)."""
        details = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "RATE_LIMIT_EXCEEDED",
                "domain": "googleapis.com",
                "metadata": {
                    "service": "youtube.googleapis.com",
                    "consumer": f"projects/{PROJECT}",
                    "quota_metric": f"youtube.googleapis.com/{metric}",
                    "quota_limit": limit,
                    "quota_limit_value": str(value),
                    "quota_location": "global",
                },
            }
        ]
        return self.error(
            request,
            429,
            message,
            "rateLimitExceeded",
            "global",
            status="RESOURCE_EXHAUSTED",
            details=details,
        )

    def missing_key(self, request: Request) -> Reply:
        # Not in youtube.md: Google's usual answer to a call without any key (inferred).
        message = "The request is missing a valid API key."
        return self.error(request, 403, message, "forbidden", "global", status="PERMISSION_DENIED")

    def invalid_key(self, request: Request) -> Reply:
        message = "API key not valid. Please pass a valid API key."
        details = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "youtube.googleapis.com"},
            }
        ]
        return self.error(
            request,
            400,
            message,
            "badRequest",
            "global",
            status="INVALID_ARGUMENT",
            details=details,
        )

    def bad_parameter(
        self, request: Request, reason: str, location: str, message: str, domain: str
    ) -> Reply:
        return self.error(
            request,
            400,
            message,
            reason,
            domain,
            status="INVALID_ARGUMENT",
            location=location,
            locationType="parameter",
        )

    def check(self, behaviour: Behaviour) -> None:
        super().check(behaviour)
        if behaviour.kind == "rate_limited":
            allowed = (None, 403, 429) if behaviour.limit == "minute" else (None,)
            if behaviour.status not in allowed:
                raise ValueError(f"youtube {behaviour.limit} has a fixed status")

    def server_error(self, ctx: Context, status: int, retry_after: float | None) -> Reply:
        headers = {"Retry-After": str(math.ceil(retry_after))} if retry_after else {}
        if status in (502, 504):  # the Google front end's HTML page (inferred)
            page = (
                f"<!DOCTYPE html>\n<html lang=en>\n<title>Error {status}!!1</title>\n"
                f"<p><b>{status}.</b> <ins>That's an error.</ins>\n<p>The server encountered a "
                "temporary error and could not complete your request.<p>Please try again in 30 "
                "seconds.  <ins>That's all we know.</ins>\n"
            )
            return Reply(
                status, page.encode(), {"Content-Type": "text/html; charset=UTF-8", **headers}
            )
        if status == 503:
            message, state = "The service is currently unavailable.", "UNAVAILABLE"
        else:
            message, state = "Backend Error", "INTERNAL"
        reply = self.error(ctx.request, status, message, "backendError", "global", status=state)
        return Reply(reply.status, reply.body, {**reply.headers, **headers}, reply.cut_at)

    def rate_limited(self, ctx: Context) -> Reply:
        behaviour, request = ctx.behaviour, ctx.request
        if behaviour.limit == "units":
            return self.quota_exceeded(request)
        if behaviour.limit == "search":
            return self.search_bucket(request)
        if behaviour.limit == "daily_legacy":
            message = (
                "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT). You "
                "may monitor your quota usage and adjust limits in the API Console: "
                "https://console.developers.google.com/apis/api/youtube.googleapis.com/quotas"
            )
            return self.error(request, 403, message, "dailyLimitExceeded", "usageLimits")
        if behaviour.status == 429:  # youtube.md §4: the newer per-minute form (inferred body)
            message = (
                "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute' of "
                f"service 'youtube.googleapis.com' for consumer 'project_number:{PROJECT}'."
            )
            return self.resource_exhausted(
                request, message, "default", "defaultPerMinutePerProject", 180000
            )
        return self.error(request, 403, "Rate Limit Exceeded", "rateLimitExceeded", "usageLimits")

    def auth_error(self, ctx: Context, variant: str) -> Reply:
        request = ctx.request
        if variant == "legacy":
            body = {
                "error": {
                    "errors": [
                        {"domain": "usageLimits", "reason": "keyInvalid", "message": "Bad Request"}
                    ],
                    "code": 400,
                    "message": "Bad Request",
                }
            }
            return self.json(request, 400, body)
        if variant == "missing":
            return self.missing_key(request)
        if variant == "not_enabled":
            message = (
                f"YouTube Data API v3 has not been used in project {PROJECT} before or it is "
                "disabled. Enable it by visiting https://console.developers.google.com/apis/api/"
                f"youtube.googleapis.com/overview?project={PROJECT} then retry. If you enabled "
                "this API recently, wait a few minutes for the action to propagate to our systems "
                "and retry."
            )
            return self.error(
                request,
                403,
                message,
                "accessNotConfigured",
                "usageLimits",
                status="PERMISSION_DENIED",
                extendedHelp="https://console.developers.google.com",
            )
        if variant == "blocked":
            method = _METHODS[ctx.parsed.route]
            message = f"Requests to this API youtube method {method} are blocked."
            details = [
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "API_KEY_SERVICE_BLOCKED",
                    "domain": "googleapis.com",
                    "metadata": {
                        "service": "youtube.googleapis.com",
                        "methodName": method,
                        "consumer": f"projects/{PROJECT}",
                    },
                }
            ]
            return self.error(
                request,
                403,
                message,
                "forbidden",
                "global",
                status="PERMISSION_DENIED",
                details=details,
            )
        return self.invalid_key(request)

    # -- content ---------------------------------------------------------------------------------
    def content(self, ctx: Context) -> Reply:
        request, query = ctx.request, ctx.request.query
        if not query.get("part"):
            # the reason and location are Google's usual ones; inferred
            return self.error(
                request,
                400,
                "Required parameter: part",
                "required",
                "global",
                location="part",
                locationType="parameter",
            )
        if ctx.parsed.route == "search":
            return self._search(ctx)
        return self._videos(ctx)

    def _search(self, ctx: Context) -> Reply:
        request, query = ctx.request, ctx.request.query
        filters = [name for name in _VIDEO_FILTERS if name in query]
        if filters and query.get("type") != "video":
            return self.bad_parameter(
                request,
                "invalidSearchFilter",
                filters[0],
                "Request contains an invalid argument.",
                "youtube.search",
            )
        size_text = query.get("maxResults", "5")
        if not size_text.isdigit() or int(size_text) > 50:
            message = f"Invalid value '{size_text}'. Values must be within the range: [0, 50]"
            return self.bad_parameter(
                request, "invalidParameter", "maxResults", message, "youtube.parameter"
            )
        size, offset = int(size_text), 0
        if query.get("pageToken"):
            found = offset_of(query["pageToken"])
            if found is None:
                message = "The request specifies an invalid page token."
                return self.bad_parameter(
                    request, "invalidPageToken", "pageToken", message, "youtube.parameter"
                )
            offset = found
        duration = query.get("videoDuration", "any")
        caption = query.get("videoCaption", "any")
        topic = Topic.of(query.get("q", ""))
        available = stable_int("yt-available", topic.key, duration, caption, low=20, high=60)
        estimate = min(1_000_000, stable_int("yt-total", topic.key, low=5_000, high=3_000_000))
        end = min(available, offset + size)
        if ctx.behaviour.count is not None:
            end = min(end, offset + ctx.behaviour.count)
        videos = []
        for index in range(offset, end):
            injected = ctx.behaviour.injection and index == offset
            video = self.video(topic, duration, caption, index, injected)
            ctx.world.publish("yt-video", video["id"], video)
            videos.append(video)
        _sort_videos(videos, query.get("order", "relevance"))
        body: dict[str, Any] = {
            "kind": "youtube#searchListResponse",
            "etag": _etag("search", topic.key, duration, caption, offset, size),
        }
        if size and offset + size < available and ctx.behaviour.count is None:
            body["nextPageToken"] = page_token(offset + size)
        if offset > 0:
            body["prevPageToken"] = page_token(max(0, offset - size))
        body["regionCode"] = query.get("regionCode", "US")
        body["pageInfo"] = {"totalResults": estimate, "resultsPerPage": size}
        body["items"] = [_search_item(video) for video in videos]
        return self.json(request, 200, body)

    def video(
        self, topic: Topic, duration: str, caption: str, index: int, injected: bool
    ) -> dict[str, Any]:
        rng = seeded("yt-video", topic.key, duration, caption, index)
        video_id = stable_token(
            "yt-video", topic.key, duration, caption, index, length=11, alphabet=_ID_ALPHABET
        )
        channel = _CHANNELS[stable_int(topic.key, index, low=0, high=len(_CHANNELS) - 1)]
        channel_id = "UC" + stable_token("yt-channel", channel, length=22, alphabet=_ID_ALPHABET)
        if duration == "short":
            seconds = rng.randrange(20, 240)
        elif duration == "medium":
            seconds = rng.randrange(240, 1201)
        elif duration == "long":
            seconds = rng.randrange(1201, 4 * 3600)
        else:
            seconds = _ANY_DURATIONS[index % len(_ANY_DURATIONS)]
        live = seconds == 0
        if caption == "closedCaption":
            captioned = True
        elif caption == "none":
            captioned = False
        else:
            captioned = index % 2 == 0
        mention = topic.mentions(index)
        title = _TITLES[index % len(_TITLES)].format(
            m=mention, M=mention[:1].upper() + mention[1:], n=max(1, seconds // 60)
        )
        prose = sentences(topic, rng, 3, weak=index % 3 == 2)
        if injected:
            prose.insert(1, INJECTION_TEXT)
        description = " ".join(prose)
        if seconds > 300:
            chapters = [
                "00:00 Intro",
                f"02:10 {topic.title} basics",
                f"{seconds // 120:02d}:00 A worked example",
                f"{(seconds * 3) // 240:02d}:30 Common mistakes",
            ]
            description += "\n\n" + "\n".join(chapters)
        description += "\n\nCode: https://github.com/codelab-examples/" + topic.slug
        published = moment_before(rng, 2500, 2)
        views = rng.randrange(300, 3_000_000) // (1 + index // 2)
        statistics = {"viewCount": str(views)}
        if index % 5 != 3:
            statistics["likeCount"] = str(views * rng.randrange(1, 7) // 100)
        statistics["favoriteCount"] = "0"
        if index % 6 != 4:
            statistics["commentCount"] = str(views // rng.randrange(50, 400))
        thumbnails = {
            "default": {
                "url": f"https://i.ytimg.com/vi/{video_id}/default.jpg",
                "width": 120,
                "height": 90,
            },
            "medium": {
                "url": f"https://i.ytimg.com/vi/{video_id}/mqdefault.jpg",
                "width": 320,
                "height": 180,
            },
            "high": {
                "url": f"https://i.ytimg.com/vi/{video_id}/hqdefault.jpg",
                "width": 480,
                "height": 360,
            },
        }
        full_thumbnails = dict(thumbnails)
        if index % 4 != 3:
            full_thumbnails["standard"] = {
                "url": f"https://i.ytimg.com/vi/{video_id}/sddefault.jpg",
                "width": 640,
                "height": 480,
            }
            full_thumbnails["maxres"] = {
                "url": f"https://i.ytimg.com/vi/{video_id}/maxresdefault.jpg",
                "width": 1280,
                "height": 720,
            }
        snippet: dict[str, Any] = {
            "publishedAt": iso(published),
            "channelId": channel_id,
            "title": title,
            "description": description,
            "thumbnails": full_thumbnails,
            "channelTitle": channel,
        }
        if index % 4 != 3:
            snippet["tags"] = [*topic.keywords[:5], "tutorial"]
        snippet["categoryId"] = "27" if index % 2 else "28"
        snippet["liveBroadcastContent"] = "live" if live else "none"
        if index % 3 != 1:
            snippet["defaultLanguage"] = "en"
        snippet["localized"] = {"title": title, "description": description}
        if index % 3 != 2:
            snippet["defaultAudioLanguage"] = "en"
        return {
            "id": video_id,
            "search_thumbnails": thumbnails,
            "snippet": snippet,
            "contentDetails": {
                "duration": iso_duration(seconds),
                "dimension": "2d",
                "definition": "hd" if index % 5 else "sd",
                "caption": "true" if captioned else "false",
                "licensedContent": index % 2 == 1,
                "contentRating": {},
                "projection": "rectangular",
            },
            "statistics": statistics,
        }

    def _videos(self, ctx: Context) -> Reply:
        request, query = ctx.request, ctx.request.query
        ids = [i for i in query.get("id", "").split(",") if i]
        if not ids and not query.get("chart") and not query.get("myRating"):
            return self.bad_parameter(
                request,
                "missingRequiredParameter",
                "parameters",
                "No filter selected. Expected one of: myRating, chart, id",  # inferred
                "youtube.parameter",
            )
        parts = {p.strip() for p in query["part"].split(",")}
        items: list[dict[str, Any]] = []
        for video_id in ids[:50]:
            video = ctx.world.find("yt-video", video_id)
            if video is None:
                continue  # youtube.md §1: unknown ids are silently left out
            item: dict[str, Any] = {
                "kind": "youtube#video",
                "etag": _etag("video", video_id),
                "id": video_id,
            }
            if "snippet" in parts:
                snippet = dict(video["snippet"])
                if ctx.behaviour.injection and not items:
                    snippet["description"] = INJECTION_TEXT + "\n\n" + snippet["description"]
                    snippet["localized"] = {
                        "title": snippet["title"],
                        "description": snippet["description"],
                    }
                item["snippet"] = snippet
            if "contentDetails" in parts:
                item["contentDetails"] = video["contentDetails"]
            if "statistics" in parts:
                item["statistics"] = video["statistics"]
            items.append(item)
        body = {
            "kind": "youtube#videoListResponse",
            "etag": _etag("videos", ",".join(ids)),
            "items": items,
            "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)},
        }
        return self.json(request, 200, body)


def _search_item(video: dict[str, Any]) -> dict[str, Any]:
    snippet = video["snippet"]
    description = snippet["description"].split("\n")[0]
    if len(description) > 160:  # search.list shortens descriptions (youtube.md §2)
        description = description[:157].rsplit(" ", 1)[0] + "..."
    return {
        "kind": "youtube#searchResult",
        "etag": _etag("result", video["id"]),
        "id": {"kind": "youtube#video", "videoId": video["id"]},
        "snippet": {
            "publishedAt": snippet["publishedAt"],
            "channelId": snippet["channelId"],
            "title": _escape(snippet["title"]),
            "description": _escape(description),
            "thumbnails": video["search_thumbnails"],
            "channelTitle": snippet["channelTitle"],
            "liveBroadcastContent": snippet["liveBroadcastContent"],
            "publishTime": snippet["publishedAt"],
        },
    }


def _sort_videos(videos: list[dict[str, Any]], order: str) -> None:
    if order == "date":
        videos.sort(key=lambda v: v["snippet"]["publishedAt"], reverse=True)
    elif order == "viewCount":
        videos.sort(key=lambda v: int(v["statistics"]["viewCount"]), reverse=True)
    elif order == "rating":
        videos.sort(key=lambda v: int(v["statistics"].get("likeCount", 0)), reverse=True)
    elif order == "title":
        videos.sort(key=lambda v: v["snippet"]["title"])
