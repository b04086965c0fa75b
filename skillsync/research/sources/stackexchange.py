"""Stack Overflow through the Stack Exchange API 2.3 (/work/shared/api-shapes/stackexchange.md):
``/search/advanced`` for questions with an accepted answer, then
``/questions/{ids}/answers?filter=withbody`` for the answers' HTML bodies; one passage per
question, its accepted answer (else its best-voted one).

Throttling is in the body, never in headers: a ``backoff`` in any answer closes that method for
every worker for that many seconds; ``quota_remaining: 0`` closes the source until the UTC day
rolls over; ``throttle_violation`` (decided by ``error_id``, whatever the HTTP status) closes it
for the seconds the message gives. A rejected ``key`` disables the source.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from skillsync.generation.providers import budgets
from skillsync.research.passages import Passage
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.budget import RateLimited, block_method, method_free_at
from skillsync.research.sources.client import ApiSource, Deadline, in_seconds, json_of, utc_now
from skillsync.research.sources.text import html_to_text, unescape

SITE = "stackoverflow"
DEFAULT_LICENCE = "CC BY-SA 4.0"
# After "Violation of backoff parameter" (the API does not say how long is left).
BACKOFF_VIOLATION_SECONDS = 60
_AVAILABLE_IN = re.compile(r"available in (\d+) seconds?")
_AUTH_ERRORS = {401, 402, 403, 405, 406}
_NAMES_KEY = re.compile(r"\bkey\b", re.IGNORECASE)
# Topic words that are Stack Overflow tags (some under another name): searching within the tag
# is much more precise than free text alone.
TAGS = {
    "python": "python",
    "django": "django",
    "flask": "flask",
    "fastapi": "fastapi",
    "pandas": "pandas",
    "numpy": "numpy",
    "javascript": "javascript",
    "js": "javascript",
    "typescript": "typescript",
    "react": "reactjs",
    "reactjs": "reactjs",
    "node": "node.js",
    "nodejs": "node.js",
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "sql": "sql",
    "docker": "docker",
    "kubernetes": "kubernetes",
    "k8s": "kubernetes",
    "css": "css",
    "html": "html",
    "java": "java",
    "kotlin": "kotlin",
    "rust": "rust",
    "golang": "go",
    "git": "git",
    "graphql": "graphql",
    "bash": "bash",
    "linux": "linux",
}


def tagged_query(topic: str) -> tuple[str, str]:
    """(free text, tag) for a topic: its first word that is a known tag becomes the tag."""
    words = topic.split()
    for index, word in enumerate(words):
        tag = TAGS.get(word.lower().strip(".,:;!?()"))
        if tag:
            rest = " ".join(words[:index] + words[index + 1 :])
            return rest, tag
    return topic, ""


def _accepted(question: dict[str, Any], answer: dict[str, Any]) -> bool:
    """Accepted, by its own flag or the question's accepted_answer_id."""
    return bool(answer.get("is_accepted")) or answer.get("answer_id") == question.get(
        "accepted_answer_id"
    )


def _score(item: dict[str, Any]) -> int:
    return int(item.get("score") or 0)


def next_utc_midnight() -> datetime:
    tomorrow = utc_now() + timedelta(days=1)
    return tomorrow.replace(hour=0, minute=0, second=0, microsecond=0)


class StackExchangeSource(ApiSource):
    source = "stackexchange"

    def params(self, **values: str) -> dict[str, str]:
        params = {"site": SITE, **values}
        if self.config.api_key:
            params["key"] = self.config.api_key  # a query parameter, not secret (raises quota)
        return params

    def before_call(self, route: str, deadline: Deadline) -> None:
        """A method under ``backoff`` is not called before its time (waited out when short)."""
        free_at = method_free_at(self.config, route)
        if free_at is not None and not self.wait_for(free_at, deadline):
            raise SourceUnavailable(f"{self.name}: backing off {route}", retry_at=free_at)

    def collect(self, topic: str, *, style: str, limit: int, deadline: Deadline) -> list[Passage]:
        text, tag = tagged_query(topic)
        search = self.params(
            accepted="True",
            sort="relevance",
            order="desc",
            pagesize=str(min(100, max(5, limit * 2))),
        )
        if text:
            search["q"] = text
        if tag:
            search["tagged"] = tag
        questions = [
            q
            for q in self.get("/search/advanced", route="search", deadline=deadline, params=search)
            if isinstance(q, dict) and isinstance(q.get("question_id"), int)
        ][:limit]
        if not questions:
            return []
        ids = ";".join(str(q["question_id"]) for q in questions)
        answers = self.get(
            f"/questions/{ids}/answers",
            route="answers",
            deadline=deadline,
            params=self.params(sort="votes", order="desc", filter="withbody", pagesize="100"),
        )
        return self._passages(questions, answers, limit)

    def _passages(
        self, questions: list[dict[str, Any]], answers: list[Any], limit: int
    ) -> list[Passage]:
        by_question: dict[int, list[dict[str, Any]]] = {}
        for answer in answers:
            if isinstance(answer, dict) and answer.get("body"):
                by_question.setdefault(int(answer["question_id"]), []).append(answer)
        ranked: list[list[tuple[dict[str, Any], dict[str, Any]]]] = []
        for question in questions:
            own = sorted(
                by_question.get(question["question_id"], []),
                key=lambda a: (_accepted(question, a), _score(a)),
                reverse=True,
            )
            ranked.append([(question, a) for a in own if a is own[0] or _score(a) > 0])
        # The best answer of each question first, then second answers while there is room.
        chosen = [pairs[0] for pairs in ranked if pairs]
        chosen += [pair for pairs in ranked for pair in pairs[1:]]
        passages: list[Passage] = []
        for question, answer in chosen:
            passage = self._passage(question, answer)
            if passage is not None:
                passages.append(passage)
            if len(passages) >= limit:
                break
        return passages

    def _passage(self, question: dict[str, Any], answer: dict[str, Any]) -> Passage | None:
        link = str(question.get("link") or "")
        parts = urlsplit(link)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "https://stackoverflow.com"
        answer_id = int(answer["answer_id"])
        accepted, score = _accepted(question, answer), _score(answer)
        votes = min(1.0, math.log10(max(0, score) + 1) / 3)  # 1,000 votes: full marks
        owner = answer.get("owner") or {}
        return self.passage(
            kind="answer",
            url=f"{origin}/a/{answer_id}",
            title=unescape(str(question.get("title") or "")),
            text=html_to_text(str(answer["body"])),
            author=unescape(str(owner.get("display_name") or "")),
            licence=str(answer.get("content_license") or DEFAULT_LICENCE),
            quality=0.4 * accepted + 0.6 * votes,
            extra={
                "question_id": int(question["question_id"]),
                "question_url": link,
                "answer_id": answer_id,
                "score": score,
                "is_accepted": accepted,
                "tags": [str(t) for t in question.get("tags") or []],
            },
        )

    # -- the API's answers ----------------------------------------------------------------------
    def read(self, response: httpx.Response, route: str) -> Any:
        body = json_of(response, self.name)
        if isinstance(body, dict) and "error_id" in body:
            raise self._error(body)
        if response.status_code != 200:
            raise SourceFailed(f"{self.name}: HTTP {response.status_code}")
        if not isinstance(body, dict) or not isinstance(body.get("items"), list):
            raise SourceFailed(f"{self.name}: malformed answer (no items)")
        backoff = body.get("backoff")
        if isinstance(backoff, int) and backoff > 0:
            block_method(self.config, route, backoff, f"backoff {backoff}s on {route}")
        if body.get("quota_remaining") == 0:
            budgets.block_until(self.name, next_utc_midnight(), "daily quota used up")
        return body["items"]

    def _error(self, body: dict[str, Any]) -> Exception:
        error_id = int(body.get("error_id") or 0)
        name = str(body.get("error_name") or "")
        message = str(body.get("error_message") or "")
        reason = f"{self.name}: {name or error_id}: {message[:200]}"
        if error_id == 502 or name == "throttle_violation":
            seconds = _AVAILABLE_IN.search(message)
            if seconds is not None:
                return RateLimited(reason, in_seconds(int(seconds.group(1))))
            return RateLimited(reason, in_seconds(BACKOFF_VIOLATION_SECONDS))
        key_rejected = (
            name == "bad_parameter" and bool(self.config.api_key) and _NAMES_KEY.search(message)
        )
        if error_id in _AUTH_ERRORS or key_rejected:
            budgets.disable(self.name, reason)
            return SourceUnavailable(reason)
        return SourceFailed(reason)
