"""DEV (dev.to, Forem) through its V1 API (/work/shared/api-shapes/devto.md): the year's top
articles of the topic's tag (``/articles?tag=&top=365``), ranked by how many topic words their
title, description and tags share, then ``/articles/{id}`` for each chosen article's
``body_markdown`` (front matter and Liquid tags dropped).

DEV allows 3 API reads a second per IP (Rack::Attack) and answers more with a plain-text 429
``Retry later`` and ``retry-after``: calls from one process are spaced to stay under it, and a
429 closes the source for everyone for the ``retry-after`` (a fetch waits that second out). An
unknown or unpublished article (404) is skipped.
"""

from __future__ import annotations

import math
import re
import threading
import time
from typing import Any, ClassVar

import httpx

from skillsync.core.http import retry_after_seconds
from skillsync.research.passages import Passage
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.budget import RateLimited
from skillsync.research.sources.client import ApiSource, Deadline, in_seconds, json_of
from skillsync.research.sources.text import html_to_text, markdown_to_text, unescape
from skillsync.settings import env

V1_ACCEPT = "application/vnd.forem.api-v1+json"
READS_PER_SECOND = 3
LIST_SIZE = 30
TOP_DAYS = "365"
# Topic words that name a DEV tag (tags are lower-case letters and digits).
TAGS = {
    "python": "python",
    "django": "django",
    "flask": "flask",
    "fastapi": "fastapi",
    "javascript": "javascript",
    "js": "javascript",
    "typescript": "typescript",
    "react": "react",
    "reactjs": "react",
    "node": "node",
    "nodejs": "node",
    "postgresql": "postgres",
    "postgres": "postgres",
    "sql": "sql",
    "docker": "docker",
    "kubernetes": "kubernetes",
    "k8s": "kubernetes",
    "css": "css",
    "html": "html",
    "rust": "rust",
    "go": "go",
    "golang": "go",
    "java": "java",
    "git": "git",
    "graphql": "graphql",
    "linux": "linux",
}
_STOPWORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is"}
    | {"it", "of", "on", "or", "the", "to", "what", "when", "why", "with"}
)


def topic_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+#]+", text.lower()) if w not in _STOPWORDS}


def tag_for(topic: str) -> str:
    """The topic's technology as a DEV tag, else its longest word."""
    words = re.findall(r"[a-z0-9]+", topic.lower())
    for word in words:
        if word in TAGS:
            return TAGS[word]
    candidates = [w for w in words if w not in _STOPWORDS]
    return max(candidates, key=len) if candidates else "programming"


def tags_of(article: dict[str, Any]) -> list[str]:
    """An article's tags: the list and show endpoints swap ``tag_list`` (array or
    comma-separated string) and ``tags`` (the other one)."""
    for key in ("tag_list", "tags"):
        value = article.get(key)
        if isinstance(value, list):
            found = [str(t).strip().lower() for t in value if str(t).strip()]
        elif isinstance(value, str):
            found = [t.strip().lower() for t in value.split(",") if t.strip()]
        else:
            continue
        if found:
            return found
    return []


class _Pace:
    """Spaces the calls of this process so that no second holds more than DEV allows (other
    processes are kept in step by the shared block a 429 sets)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, deadline: Deadline, name: str) -> None:
        interval = 1.05 / READS_PER_SECOND / env.LLM_TIME_SCALE
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + interval
        if start - now >= deadline.remaining():
            raise SourceFailed(f"{name}: out of time")
        time.sleep(max(0.0, start - now))


class DevToSource(ApiSource):
    source = "devto"
    pace: ClassVar[_Pace] = _Pace()

    def headers(self) -> dict[str, str]:
        return {"Accept": V1_ACCEPT}

    def before_call(self, route: str, deadline: Deadline) -> None:
        self.pace.wait(deadline, self.name)

    def collect(self, topic: str, *, style: str, limit: int, deadline: Deadline) -> list[Passage]:
        tag = tag_for(topic)
        listed = self.get(
            "/articles",
            route="articles",
            deadline=deadline,
            params={"tag": tag, "top": TOP_DAYS, "per_page": str(LIST_SIZE)},
        )
        wanted = topic_words(topic) - {tag}
        articles = [a for a in listed if isinstance(a, dict) and isinstance(a.get("id"), int)]

        def overlap(article: dict[str, Any]) -> int:
            about = f"{article.get('title')} {article.get('description')} {tags_of(article)}"
            return len(wanted & topic_words(about))

        articles.sort(
            key=lambda a: (overlap(a), int(a.get("public_reactions_count") or 0)), reverse=True
        )
        passages: list[Passage] = []
        for article in articles[: limit + 2]:
            if len(passages) >= limit:
                break
            try:
                detail = self.get(f"/articles/{article['id']}", route="article", deadline=deadline)
            except (SourceUnavailable, SourceFailed) as error:
                self.partial(error, passages)
                break
            passage = self._passage(detail) if detail is not None else None
            if passage is not None:
                passages.append(passage)
        return passages

    def _passage(self, article: dict[str, Any]) -> Passage | None:
        markdown = article.get("body_markdown")
        if isinstance(markdown, str) and markdown.strip():
            text = markdown_to_text(markdown)
        else:
            text = html_to_text(str(article.get("body_html") or ""))
        user = article.get("user") or {}
        organization = article.get("organization") or {}
        reactions = int(article.get("public_reactions_count") or 0)
        comments = int(article.get("comments_count") or 0)
        url = str(article.get("url") or "")
        if not url.startswith("https://"):
            return None
        return self.passage(
            kind="article",
            url=url,
            title=unescape(str(article.get("title") or "")),
            text=text,
            author=str(user.get("name") or user.get("username") or ""),
            quality=0.8 * min(1.0, math.log10(reactions + 1) / 3) + 0.2 * min(1.0, comments / 20),
            extra={
                "article_id": int(article["id"]),
                "tags": tags_of(article),
                "reactions": reactions,
                "comments": comments,
                "reading_time_minutes": article.get("reading_time_minutes"),
                "published_at": article.get("published_at"),
                "canonical_url": article.get("canonical_url"),
                "organization": organization.get("name"),
            },
        )

    # -- the API's answers ----------------------------------------------------------------------
    def read(self, response: httpx.Response, route: str) -> Any:
        status = response.status_code
        if status == 200:
            body = json_of(response, self.name)
            expected = list if route == "articles" else dict
            if not isinstance(body, expected):
                raise SourceFailed(f"{self.name}: malformed answer")
            return body
        if status == 404 and route == "article":
            return None
        reason = f"{self.name}: HTTP {status}: {' '.join(response.text.split())[:200]}"
        if status == 429:
            wait = retry_after_seconds(response)
            raise RateLimited(reason, in_seconds(wait if wait is not None else 1.0))
        raise SourceFailed(reason)  # including the CDN's HTML pages: transient
