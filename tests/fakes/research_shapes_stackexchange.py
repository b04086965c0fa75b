"""Stack Exchange API 2.3's wire formats (/work/shared/api-shapes/stackexchange.md).

Routes: ``search`` (``/search/advanced``), ``answers`` (``/questions/{ids}/answers``),
``questions`` (``/questions/{ids}``). Every JSON body is gzip-compressed, errors included (a
502/504 ``server_error`` is the load balancer's uncompressed HTML). The HTTP status of an error
equals its ``error_id``; ``rate_limited(..., status=400)`` gives the documented 400 variant.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from tests.fakes.http_fake import Reply
from tests.fakes.research_behaviours import Behaviour
from tests.fakes.research_content import (
    INJECTION_TEXT,
    REFERENCE_TIME,
    Topic,
    code_sample,
    display,
    epoch,
    moment_before,
    person,
    seeded,
    sentences,
    stable_int,
    stable_token,
)
from tests.fakes.research_limits import DEFAULT_LIMITS, BucketState, Charge, Refusal
from tests.fakes.research_shapes import Context, Parsed, Request, SourceShapes, html_page

SITES = frozenset(
    {
        "stackoverflow",
        "serverfault",
        "superuser",
        "askubuntu",
        "unix",
        "softwareengineering",
        "dba",
        "codereview",
        "datascience",
        "security",
    }
)
_SEARCH_SORTS = ("activity", "creation", "votes", "relevance")
_ANSWER_SORTS = ("activity", "creation", "votes")
_QUESTIONS = re.compile(r"^/questions/([^/]+)(/answers)?$")
_TITLES = (
    "What's the best way to use {m}?",
    'How do I use {m} with a "None" value?',
    "{M}: unexpected behaviour when the input is empty",
    "Why is {m} slower than a plain loop?",
    "Difference between {m} and a for loop",
    "{M} & readability: when to stop",
    "How can I debug {m} step by step?",
)


def se_escape(text: str) -> str:
    """HTML-escape the way Stack Exchange titles are (``&#39;`` for the apostrophe)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _owner(rng: Any, deleted: bool) -> dict[str, Any]:
    name, login = person(rng)
    if deleted:
        return {"user_type": "does_not_exist", "display_name": f"user{rng.randrange(1000, 99999)}"}
    user_id = rng.randrange(100_000, 25_000_000)
    owner: dict[str, Any] = {
        "account_id": rng.randrange(100_000, 30_000_000),
        "reputation": rng.randrange(1, 250_000),
        "user_id": user_id,
        "user_type": "registered" if rng.random() > 0.05 else "moderator",
    }
    if rng.random() < 0.5:
        owner["accept_rate"] = rng.randrange(40, 101)
    avatar = stable_token(login, length=32, alphabet="0123456789abcdef")
    owner["profile_image"] = f"https://www.gravatar.com/avatar/{avatar}?s=256&d=identicon&r=PG"
    owner["display_name"] = name
    owner["link"] = f"https://stackoverflow.com/users/{user_id}/{login.replace('_', '-')}"
    return owner


def _html_body(paragraphs: list[str], code: str | None) -> str:
    parts = [f"<p>{se_escape(p)}</p>" for p in paragraphs]
    if code is not None:
        parts.insert(1, f"<pre><code>{se_escape(code)}</code></pre>")
    return "\n\n".join(parts) + "\n"


class StackExchangeShapes(SourceShapes):
    name = "stackexchange"
    routes = ("search", "answers", "questions")
    rate_limits = ("quota", "backoff")
    auth_variants = ("key", "key_required", "access_token_required", "invalid_access_token")
    unsupported = frozenset({"redirect"})

    # -- routing and identity ------------------------------------------------------------------
    def parse(self, request: Request) -> Parsed | Reply:
        if request.method == "GET" and request.local == "/search/advanced":
            return Parsed("search")
        match = _QUESTIONS.match(request.local)
        if request.method == "GET" and match:
            ids = match.group(1).split(";")
            if len(ids) > 100 or not all(i.isdigit() for i in ids):
                return self.error(request, 404, "no_method", "no method found with this name")
            return Parsed("answers" if match.group(2) else "questions", {"ids": ids})
        # unknown method; wording inferred (the error id is documented)
        return self.error(request, 404, "no_method", "no method found with this name")

    def authenticate(self, request: Request, parsed: Parsed, key: str | None) -> str | Reply:
        sent = request.query.get("key")
        if "access_token" in request.query and not sent:
            return self.error(request, 405, "key_required", "key is required")  # inferred
        if sent is None:
            return ""
        if sent != key:
            # stackexchange.md §4: "presumably bad_parameter naming key" (unverified, inferred)
            return self.error(request, 400, "bad_parameter", "key")
        return sent

    def buckets(self, request: Request, parsed: Parsed, identity: str) -> list[Charge]:
        daily = "per_day_with_key" if identity else "per_day"
        return [Charge(daily, identity), Charge("per_second", identity)]

    def refused(self, request: Request, parsed: Parsed, refusal: Refusal) -> Reply | None:
        if refusal.name == "per_second":
            return None  # stackexchange.md §5: above 30/s "requests are dropped"
        if refusal.name == "backoff":
            return self.error(request, 502, "throttle_violation", "Violation of backoff parameter")
        return self.quota_violation(request, refusal.wait, 502)

    # -- errors ----------------------------------------------------------------------------------
    def error(
        self, request: Request, error_id: int, name: str, message: str, status: int | None = None
    ) -> Reply:
        body = {"error_id": error_id, "error_message": message, "error_name": name}
        return self.json(request, status or error_id, body, compress=True)

    def quota_violation(self, request: Request, wait: float, status: int) -> Reply:
        seconds = max(1, math.ceil(round(wait, 6)))
        message = f"too many requests from this IP, more requests available in {seconds} seconds"
        return self.error(request, 502, "throttle_violation", message, status)

    def check(self, behaviour: Behaviour) -> None:
        super().check(behaviour)
        if behaviour.kind == "rate_limited" and behaviour.status not in (None, 400, 502):
            raise ValueError("stackexchange throttle_violation comes as HTTP 502 or 400")

    def server_error(self, ctx: Context, status: int, retry_after: float | None) -> Reply:
        headers = {"Retry-After": str(math.ceil(retry_after))} if retry_after else {}
        if status in (502, 504):  # the load balancer's page, uncompressed (inferred)
            title = "502 Bad Gateway" if status == 502 else "504 Gateway Time-out"
            return html_page(status, title, "The server did not answer in time.", headers)
        if status == 503:
            message = "The API is temporarily unavailable"  # inferred wording
            reply = self.error(ctx.request, 503, "temporarily_unavailable", message)
        else:
            reply = self.error(ctx.request, 500, "internal_error", "An internal error occurred")
        return Reply(reply.status, reply.body, {**reply.headers, **headers})

    def rate_limited(self, ctx: Context) -> Reply:
        behaviour = ctx.behaviour
        status = behaviour.status or 502
        if behaviour.limit == "backoff":
            message = "Violation of backoff parameter"
            return self.error(ctx.request, 502, "throttle_violation", message, status)
        wait = behaviour.retry_after
        if wait is None:
            wait = ctx.states[0].reset_in if ctx.states else 86_400.0 * ctx.time_scale
        return self.quota_violation(ctx.request, wait, status)

    def auth_error(self, ctx: Context, variant: str) -> Reply:
        errors = {  # the ids are documented; the messages are inferred
            "key": (400, "bad_parameter", "key"),
            "key_required": (405, "key_required", "key is required"),
            "access_token_required": (401, "access_token_required", "access_token is required"),
            "invalid_access_token": (402, "invalid_access_token", "invalid access_token"),
        }
        error_id, name, message = errors[variant]
        return self.error(ctx.request, error_id, name, message)

    def not_found(self, ctx: Context) -> Reply:
        return self.error(ctx.request, 404, "no_method", "no method found with this name")

    # -- content ---------------------------------------------------------------------------------
    def content(self, ctx: Context) -> Reply:
        request, query = ctx.request, ctx.request.query
        site = query.get("site")
        if not site:
            return self.error(request, 400, "bad_parameter", "site is required")
        if site not in SITES:
            return self.error(request, 400, "bad_parameter", f"No site found for name `{site}`")
        sorts = _SEARCH_SORTS if ctx.parsed.route == "search" else _ANSWER_SORTS
        problem = _check_paging(query, sorts)
        if problem:
            return self.error(request, 400, "bad_parameter", problem)
        with_body = query.get("filter") == "withbody"
        if ctx.parsed.route == "search":
            items, has_more = self._search(ctx, with_body)
        elif ctx.parsed.route == "answers":
            items, has_more = self._answers(ctx, with_body)
        else:
            items, has_more = self._questions(ctx, with_body)
        return self.json(request, 200, self.wrapper(ctx, items, has_more), compress=True)

    def wrapper(self, ctx: Context, items: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
        state = ctx.states[0] if ctx.states else BucketState("per_day", None, 0, 0)
        default = DEFAULT_LIMITS["stackexchange"][state.name] or 0
        body: dict[str, Any] = {"items": items, "has_more": has_more}
        if ctx.behaviour.backoff is not None:
            body["backoff"] = ctx.behaviour.backoff
        body["quota_max"] = state.limit if state.limit is not None else default
        body["quota_remaining"] = state.remaining(default)
        return body

    def _search(self, ctx: Context, with_body: bool) -> tuple[list[dict[str, Any]], bool]:
        query = ctx.request.query
        tagged = [t for t in query.get("tagged", "").split(";") if t]
        topic = Topic.of(query.get("q", "") or " ".join(tagged))
        accepted = query.get("accepted", "").lower() == "true"
        min_answers = int(query.get("answers") or 0) if query.get("answers", "").isdigit() else 0
        total = stable_int("se-total", topic.key, low=12, high=240)
        page, size = int(query.get("page") or 1), int(query.get("pagesize") or 30)
        start = (page - 1) * size
        end = min(total, start + size)
        if ctx.behaviour.count is not None:
            end = min(end, start + ctx.behaviour.count)
        items = []
        for index in range(start, end):
            injected = ctx.behaviour.injection and index == start
            question = self.question(topic, index, tagged, accepted, min_answers, injected)
            ctx.world.publish("se-question", question["question_id"], (topic, question, injected))
            items.append(_public_question(question, with_body))
        _sort(items, query.get("sort", "activity"), query.get("order", "desc"))
        has_more = ctx.behaviour.count is None and end < total
        return items, has_more

    def question(
        self,
        topic: Topic,
        index: int,
        tagged: list[str],
        accepted: bool,
        min_answers: int,
        injected: bool,
    ) -> dict[str, Any]:
        rng = seeded("se-question", topic.key, index, ";".join(tagged), accepted, min_answers)
        question_id = stable_int("se-question", topic.key, index, low=10_000_000, high=79_999_999)
        mention = topic.mentions(index)
        title = rng.choice(_TITLES).format(m=mention, M=mention[:1].upper() + mention[1:])
        created = moment_before(rng, 3650, 30)
        since = int((REFERENCE_TIME - created).total_seconds())
        active = created + timedelta(seconds=rng.randrange(0, since + 1))
        answer_count = max(min_answers, rng.randrange(1 if accepted else 0, 9))
        has_accepted = answer_count > 0 and (accepted or index % 4 != 3)
        tags = [t.lower() for t in tagged]
        for word in (topic.language(), *topic.keywords):
            tag = word.replace(" ", "-")
            if tag not in tags and len(tags) < 5:
                tags.append(tag)
        _, code = code_sample(topic)
        weak = index % 3 == 2
        paragraphs = sentences(topic, rng, 3, weak=weak)
        if injected:
            paragraphs.insert(1, INJECTION_TEXT)
        question: dict[str, Any] = {
            "tags": tags,
            "owner": _owner(rng, deleted=index % 7 == 4),
            "is_answered": answer_count > 0,
            "view_count": rng.randrange(50, 900_000),
            "answer_count": answer_count,
            "score": rng.randrange(-2, 900),
            "last_activity_date": epoch(active),
            "creation_date": epoch(created),
            "question_id": question_id,
            "content_license": "CC BY-SA 4.0" if created.year >= 2018 else "CC BY-SA 3.0",
            "link": f"https://stackoverflow.com/questions/{question_id}/{_slug(title)}",
            "title": se_escape(title),
            "body": _html_body(paragraphs, code),
        }
        if has_accepted:
            question["accepted_answer_id"] = stable_int(
                "se-answer", question_id, 0, low=30_000_000, high=79_999_999
            )
        if rng.random() < 0.6:
            question["last_edit_date"] = question["last_activity_date"]
        return _ordered(question)

    def _answers(self, ctx: Context, with_body: bool) -> tuple[list[dict[str, Any]], bool]:
        query = ctx.request.query
        answers: list[dict[str, Any]] = []
        for raw_id in ctx.parsed.params["ids"]:
            found = ctx.world.find("se-question", int(raw_id))
            if found is None:
                continue  # unknown questions have no answers
            topic, question, injected = found
            answers += self.answers_of(topic, question, injected or ctx.behaviour.injection)
        _sort(answers, query.get("sort", "activity"), query.get("order", "desc"))
        page, size = int(query.get("page") or 1), int(query.get("pagesize") or 30)
        chosen = answers[(page - 1) * size : page * size]
        if ctx.behaviour.count is not None:
            chosen = chosen[: ctx.behaviour.count]
        if not with_body:
            chosen = [{k: v for k, v in a.items() if k != "body"} for a in chosen]
        return chosen, page * size < len(answers) and ctx.behaviour.count is None

    def answers_of(
        self, topic: Topic, question: dict[str, Any], injected: bool
    ) -> list[dict[str, Any]]:
        question_id = question["question_id"]
        accepted_id = question.get("accepted_answer_id")
        out = []
        for n in range(question["answer_count"]):
            rng = seeded("se-answer", question_id, n)
            answer_id = stable_int("se-answer", question_id, n, low=30_000_000, high=79_999_999)
            created = max(question["creation_date"] + 600, epoch(moment_before(rng, 2000)))
            keyword = display(topic.keyword(n))
            paragraphs = [
                f"Short answer: {topic.inline} does what you expect once you look at {keyword}.",
                *sentences(topic, rng, 2),
            ]
            if injected and n == 0:
                paragraphs.append(INJECTION_TEXT)
            _, code = code_sample(topic)
            answer: dict[str, Any] = {
                "owner": _owner(rng, deleted=n == 3),
                "is_accepted": answer_id == accepted_id,
                # the accepted answer is not always the best voted one (stackexchange.md §2)
                "score": rng.randrange(0, 400) if n else rng.randrange(0, 60),
                "last_activity_date": created + rng.randrange(0, 90_000_000),
                "creation_date": created,
                "answer_id": answer_id,
                "question_id": question_id,
                "content_license": question["content_license"],
                "body": _html_body(paragraphs, code),
            }
            if rng.random() < 0.5:
                answer["last_edit_date"] = answer["last_activity_date"]
            out.append(_ordered(answer))
        return out

    def _questions(self, ctx: Context, with_body: bool) -> tuple[list[dict[str, Any]], bool]:
        items = []
        for raw_id in ctx.parsed.params["ids"]:
            found = ctx.world.find("se-question", int(raw_id))
            if found is not None:
                items.append(_public_question(found[1], with_body))
        query = ctx.request.query
        _sort(items, query.get("sort", "activity"), query.get("order", "desc"))
        return items, False


_ORDER = (
    "tags",
    "owner",
    "is_accepted",
    "is_answered",
    "view_count",
    "accepted_answer_id",
    "answer_count",
    "score",
    "last_activity_date",
    "last_edit_date",
    "creation_date",
    "answer_id",
    "question_id",
    "content_license",
    "link",
    "title",
    "body",
)


def _ordered(item: dict[str, Any]) -> dict[str, Any]:
    return {k: item[k] for k in _ORDER if k in item}


def _public_question(question: dict[str, Any], with_body: bool) -> dict[str, Any]:
    return question if with_body else {k: v for k, v in question.items() if k != "body"}


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]


def _sort(items: list[dict[str, Any]], sort: str, order: str) -> None:
    key = {
        "votes": "score",
        "creation": "creation_date",
        "activity": "last_activity_date",
    }.get(sort)
    if key is not None:
        items.sort(key=lambda item: item[key], reverse=order != "asc")
    elif order == "asc":
        items.reverse()


def _check_paging(query: dict[str, str], sorts: tuple[str, ...]) -> str | None:
    """The bad_parameter message for invalid paging or sorting (wording inferred)."""
    size = query.get("pagesize", "30")
    if not size.isdigit() or not 0 < int(size) <= 100:
        return "pagesize"
    page = query.get("page", "1")
    if not page.isdigit() or int(page) < 1:
        return "page"
    if query.get("sort", sorts[0]) not in sorts:
        return "sort"
    if query.get("order", "desc") not in ("asc", "desc"):
        return "order"
    if query.get("filter", "default") not in ("default", "withbody"):
        return "filter"
    return None
