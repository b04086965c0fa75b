"""DEV (Forem) API's wire formats (/work/shared/api-shapes/devto.md).

Routes: ``articles`` (``/api/articles``, a bare array without bodies, ``tag_list`` an array and
``tags`` a string) and ``article`` (``/api/articles/{id}`` or ``/api/articles/{username}/{slug}``,
the two swapped, plus ``body_markdown`` and ``body_html``). Without the V1 ``Accept`` header the
V0 ``Warning: 299`` header is added. Rack::Attack's 429 is ``text/plain`` ``Retry later``.
"""

from __future__ import annotations

import html
import math
import re
from datetime import timedelta
from typing import Any

from tests.fakes.http_fake import Reply
from tests.fakes.research_content import (
    INJECTION_TEXT,
    PEOPLE,
    REFERENCE_TIME,
    Topic,
    code_sample,
    iso,
    moment_before,
    seeded,
    sentences,
    stable_int,
    stable_token,
)
from tests.fakes.research_limits import BucketState, Charge, Refusal
from tests.fakes.research_shapes import Context, Parsed, Request, SourceShapes, html_page

V1_ACCEPT = "application/vnd.forem.api-v1+json"
V0_WARNING = (
    "299 - This endpoint is part of the V0 (beta) API. To start using the V1 endpoints add the "
    "`Accept` header and set it to `application/vnd.forem.api-v1+json`. Visit "
    "https://developers.forem.com/api for more information."
)
_MEDIA = "https://media2.dev.to/dynamic/image"
_UPLOADS = "https%3A%2F%2Fdev-to-uploads.s3.amazonaws.com%2Fuploads"
_ARTICLE = re.compile(r"^/api/articles/(\d+)$")
_ARTICLE_PATH = re.compile(r"^/api/articles/([A-Za-z0-9_]+)/([A-Za-z0-9_-]+)$")
_TITLES = (
    "{M} without the footguns",
    "A practical tour of {m}",
    "{M}: what I wish I knew earlier",
    "5 things about {m} nobody tells you",
    "Understanding {m} with small examples",
    "Why I stopped worrying about {m}",
    "{M} in 2026: a field guide",
    "Debugging {m} step by step",
)
_ORGS = (("PyTeam", "pyteam", 4411), ("Code Lab", "codelab", 5120), ("Dev Notes", "devnotes", 6032))
_AI = (("no_ai", "No AI used"), ("some_ai", "Some AI assistance"), (None, None))
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _image(kind: str, owner: int, name: str, size: str) -> str:
    path = f"{_UPLOADS}%2F{kind}%2Fprofile_image%2F{owner}%2F{name}"
    return f"{_MEDIA}/{size},fit=cover,gravity=auto,format=auto/{path}"


class DevToShapes(SourceShapes):
    name = "devto"
    routes = ("articles", "article")
    rate_limits = ("burst",)
    auth_variants = ("unauthorized",)
    unsupported = frozenset({"redirect"})

    def parse(self, request: Request) -> Parsed | Reply:
        if request.method == "GET":
            if request.local == "/api/articles":
                return Parsed("articles")
            match = _ARTICLE.match(request.local)
            if match:
                return Parsed("article", {"id": int(match.group(1))})
            match = _ARTICLE_PATH.match(request.local)
            if match:
                return Parsed("article", {"path": f"/{match.group(1)}/{match.group(2)}"})
        return self.error(request, 404, "not found")

    def buckets(self, request: Request, parsed: Parsed, identity: str) -> list[Charge]:
        return [Charge("per_second"), Charge("per_minute")]

    def refused(self, request: Request, parsed: Parsed, refusal: Refusal) -> Reply | None:
        return self.retry_later(refusal.wait)

    def common_headers(
        self, request: Request, parsed: Parsed, states: list[BucketState]
    ) -> dict[str, str]:
        headers = {"x-cache": "MISS, MISS", "cache-control": "public, no-cache"}
        if V1_ACCEPT not in request.headers.get("accept", ""):
            headers["Warning"] = V0_WARNING
        return headers

    # -- errors ----------------------------------------------------------------------------------
    def error(self, request: Request, status: int, message: str) -> Reply:
        return self.json(request, status, {"error": message, "status": status})

    @staticmethod
    def retry_later(wait: float) -> Reply:
        # devto.md §6: Rack::Attack's default throttled response
        seconds = max(1, math.ceil(round(wait, 6)))
        headers = {"Content-Type": "text/plain", "retry-after": str(seconds)}
        return Reply(429, b"Retry later\n", headers)

    def server_error(self, ctx: Context, status: int, retry_after: float | None) -> Reply:
        headers = {"retry-after": str(math.ceil(retry_after))} if retry_after else {}
        if status == 500:  # Forem's JSON error envelope; the message is inferred
            reply = self.error(ctx.request, 500, "Internal Server Error")
            return Reply(500, reply.body, {**reply.headers, **headers})
        # The CDN's page (devto.md §6: "treat any non-JSON 4xx/5xx as transient"; inferred)
        titles = {502: "Bad Gateway", 503: "Backend is unhealthy", 504: "Gateway Timeout"}
        title = f"{status} {titles[status]}"
        return html_page(status, title, "Guru Mediation: Varnish cache server", headers)

    def rate_limited(self, ctx: Context) -> Reply:
        return self.retry_later(ctx.behaviour.retry_after or 1)

    def auth_error(self, ctx: Context, variant: str) -> Reply:
        return self.error(ctx.request, 401, "unauthorized")

    def not_found(self, ctx: Context) -> Reply:
        return self.error(ctx.request, 404, "not found")

    # -- content ---------------------------------------------------------------------------------
    def content(self, ctx: Context) -> Reply:
        if ctx.parsed.route == "articles":
            return self._list(ctx)
        key = ctx.parsed.params.get("id")
        if key is None:
            key = ctx.world.find("devto-path", ctx.parsed.params["path"])
        found = ctx.world.find("devto-article", key) if key is not None else None
        if found is None:
            return self.error(ctx.request, 404, "not found")
        topic, item, injected = found
        return self.json(
            ctx.request, 200, self.detail(topic, item, injected or ctx.behaviour.injection)
        )

    def _list(self, ctx: Context) -> Reply:
        query = ctx.request.query
        tags = [t.strip().lower() for t in query.get("tags", "").split(",") if t.strip()]
        tag = query.get("tag", "").strip().lower() or (tags[0] if tags else "")
        username = query.get("username", "").strip()
        topic = Topic.of(
            tag.replace("-", " ") or " ".join(tags), fallback=username or "programming"
        )
        per_page = min(1000, max(1, _int(query.get("per_page"), 30)))
        page = max(1, _int(query.get("page"), 1))
        total = stable_int("devto-total", topic.key, username, low=25, high=90)
        start = (page - 1) * per_page
        end = min(total, start + per_page)
        if ctx.behaviour.count is not None:
            end = min(end, start + ctx.behaviour.count)
        items = []
        for index in range(start, end):
            item = self.article(topic, tag, username, index)
            injected = ctx.behaviour.injection and index == start
            ctx.world.publish("devto-article", item["id"], (topic, item, injected))
            ctx.world.publish("devto-path", item["path"], item["id"])
            items.append(item)
        if query.get("top", "").isdigit():
            items.sort(key=lambda item: item["public_reactions_count"], reverse=True)
        return self.json(ctx.request, 200, items)

    def article(self, topic: Topic, tag: str, username: str, index: int) -> dict[str, Any]:
        rng = seeded("devto-article", topic.key, username, index)
        article_id = stable_int(
            "devto-id", topic.key, username, index, low=1_000_000, high=5_999_999
        )
        mention = topic.mentions(index)
        title = _TITLES[index % len(_TITLES)].format(m=mention, M=mention[:1].upper() + mention[1:])
        slug = (
            re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            + "-"
            + stable_token(article_id, length=4, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")
        )
        name, login = PEOPLE[stable_int(topic.key, index, low=0, high=len(PEOPLE) - 1)]
        if username:
            login = username
        user_id = stable_int("devto-user", login, low=100_000, high=2_999_999)
        organization = _ORGS[index % len(_ORGS)] if index % 4 == 1 else None
        owner_path = organization[1] if organization else login
        path = f"/{owner_path}/{slug}"
        url = f"https://dev.to{path}"
        published = moment_before(rng, 900, 1)
        created = published - timedelta(minutes=rng.randrange(1, 180))
        edited = None if index % 3 else iso(published + timedelta(hours=rng.randrange(1, 20)))
        reactions = rng.randrange(0, 400) // (1 + index % 5)
        tag_list = [tag] if tag else []
        for word in (*topic.keywords, topic.language(), "webdev", "beginners"):
            word = re.sub(r"[^a-z0-9]", "", word.lower())
            if word and word not in tag_list and len(tag_list) < 4:
                tag_list.append(word)
        level, label = _AI[index % len(_AI)]
        readable = f"{_MONTHS[published.month - 1]} {published.day}"
        if published.year != REFERENCE_TIME.year:
            readable += f" '{published.year % 100:02d}"
        cover = (
            None
            if index % 3 == 2
            else f"{_MEDIA}/width=1000,height=420,fit=cover,gravity=auto,format=auto/"
            f"{_UPLOADS}%2Farticles%2F{stable_token(article_id, length=6, alphabet=_ALNUM)}.png"
        )
        canonical = url if index % 6 else f"https://{owner_path}.example/blog/{slug}"
        item: dict[str, Any] = {
            "type_of": "article",
            "id": article_id,
            "title": title,
            "description": sentences(topic, rng, 1, weak=index % 3 == 2)[0],
            "readable_publish_date": readable,
            "slug": slug,
            "path": path,
            "url": url,
            "comments_count": rng.randrange(0, 40),
            "public_reactions_count": reactions,
            "collection_id": None if index % 5 else rng.randrange(10_000, 40_000),
            "published_timestamp": iso(published),
            "language": "en",
            "subforem_id": 1,
            "ai_disclosure_level": level,
            "ai_disclosure_label": label,
            "positive_reactions_count": reactions,
            "cover_image": cover,
            "social_image": cover or f"https://dev.to/social_previews/article/{article_id}.png",
            "canonical_url": canonical,
            "created_at": iso(created),
            "edited_at": edited,
            "crossposted_at": None,
            "published_at": iso(published),
            "last_comment_at": iso(min(REFERENCE_TIME, published.replace(hour=23))),
            "reading_time_minutes": rng.randrange(2, 15),
            "tag_list": tag_list,
            "tags": ", ".join(tag_list),
            "user": {
                "name": name if not username else username.replace("_", " ").title(),
                "username": login,
                "twitter_username": None if index % 2 else f"{login}_dev",
                "github_username": None if index % 3 == 1 else login.replace("_", "-"),
                "user_id": user_id,
                "website_url": None if index % 2 else f"https://{login.replace('_', '')}.dev",
                "profile_image": _image("user", user_id, "a.png", "width=640,height=640"),
                "profile_image_90": _image("user", user_id, "a.png", "width=90,height=90"),
            },
        }
        if organization is not None:
            org_name, org_slug, org_id = organization
            item["organization"] = {
                "name": org_name,
                "username": org_slug,
                "slug": org_slug,
                "profile_image": _image("organization", org_id, "c.png", "width=640,height=640"),
                "profile_image_90": _image("organization", org_id, "c.png", "width=90,height=90"),
            }
        if index % 5 == 3:
            item["flare_tag"] = {
                "name": "discuss",
                "bg_color_hex": "#000000",
                "text_color_hex": "#FFFFFF",
            }
        return item

    def detail(self, topic: Topic, item: dict[str, Any], injected: bool) -> dict[str, Any]:
        markdown, rendered = _bodies(topic, item, injected)
        detail: dict[str, Any] = {}
        for key, value in item.items():
            if key == "tag_list":
                detail["tag_list"] = item["tags"]  # devto.md §3: the show endpoint swaps them
            elif key == "tags":
                detail["tags"] = list(item["tag_list"])
                detail["body_html"] = rendered
                detail["body_markdown"] = markdown
            else:
                detail[key] = value
        return detail


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


def _span(token: str) -> str:
    if not token.strip():
        return token
    kind = "n" if token.isidentifier() else "p"
    return f'<span class="{kind}">{html.escape(token)}</span>'


def _bodies(topic: Topic, item: dict[str, Any], injected: bool) -> tuple[str, str]:
    """(body_markdown, body_html) of an article."""
    rng = seeded("devto-body", item["id"])
    weak = "The part about" in item["description"]
    language, code = code_sample(topic)
    first, second = sentences(topic, rng, 3, weak=weak), sentences(topic, rng, 3, weak=weak)
    if injected:
        first.append(INJECTION_TEXT)
    headings = (f"Why {topic.inline} matters", f"{topic.title} in practice")
    index = item["id"] % 12
    markdown = ""
    if index % 3 == 0:
        markdown += f"---\ntitle: {item['title']}\npublished: true\ntags: {item['tags']}\n---\n\n"
    markdown += f"## {headings[0]}\n\n{' '.join(first)}\n\n```{language}\n{code}```\n\n"
    if index % 4 == 1:
        markdown += "{% embed https://github.com/forem/forem %}\n\n"
    elif index % 4 == 2:
        markdown += "{% youtube dQw4w9WgXcQ %}\n\n"
    markdown += f"## {headings[1]}\n\n{' '.join(second)}\n"
    parts = []
    for heading, paragraph, with_code in ((headings[0], first, True), (headings[1], second, False)):
        anchor = re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")
        parts.append(
            f'<h2>\n  <a name="{anchor}" href="#{anchor}">\n  </a>\n  {html.escape(heading)}\n</h2>'
        )
        parts.append(f"<p>{html.escape(' '.join(paragraph))}</p>")
        if with_code:
            spans = "".join(_span(token) for token in re.findall(r"\w+|\s+|[^\w\s]", code))
            parts.append(
                '<div class="highlight js-code-highlight">\n'
                f'<pre class="highlight {language}"><code>{spans}</code></pre>\n</div>'
            )
    return markdown, "\n\n".join(parts) + "\n"
