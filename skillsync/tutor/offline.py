"""The built-in provider's tutor: a retrieval answerer, with no model and no network.

It ranks the lesson's sections and its passages against the question (BM25, see
``retrieval``), and quotes the two or three best excerpts, each with where it comes from and
its citation, after a short lead sentence; when nothing shares a word with the question it says
so plainly and names a few of the lesson's parts to ask about. Quotes are inert text, as in the
offline lesson composer: no markup, no links, and no sentence that reads like an instruction to
a model (``generation.offline.markdown``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from skillsync.generation.offline.context import SOURCE_NAMES
from skillsync.generation.offline.markdown import clip, paragraphs, safe_line, sentences
from skillsync.generation.providers.builtin import builtin_responder
from skillsync.generation.providers.chat import ChatRequest
from skillsync.research.safety import looks_like_instructions
from skillsync.tutor.prompts import TASK
from skillsync.tutor.retrieval import best_first, relevance

MAX_QUOTES = 3
QUOTE_CHARS = 450
# A part scoring below this share of the best one is not worth quoting beside it.
RELATIVE_FLOOR = 0.35
_FENCE = re.compile(r"```.*?(?:```|$)", re.DOTALL)
NOTHING_FOUND = "I could not find anything about that in this lesson or its sources."


@dataclass(frozen=True)
class _Part:
    id: str
    kind: str  # "section" | "passage"
    title: str  # one safe line
    origin: str  # where a passage comes from ("" for a section)
    text: str


def _parts(context: dict[str, Any]) -> list[_Part]:
    found = [
        _Part(
            id=str(raw.get("id")),
            kind="section",
            title=safe_line(str(raw.get("heading") or ""), 120),
            origin="",
            text=str(raw.get("text") or ""),
        )
        for raw in context.get("sections") or []
        if raw.get("id")
    ]
    found += [
        _Part(
            id=str(raw.get("id")),
            kind="passage",
            title=safe_line(str(raw.get("title") or "a source"), 120),
            origin=SOURCE_NAMES.get(str(raw.get("source") or ""), "a source"),
            text=str(raw.get("text") or ""),
        )
        for raw in context.get("passages") or []
        if raw.get("id")
    ]
    return found


def excerpt(text: str, question: str, skill: str) -> str:
    """The run of sentences of ``text`` most about the question (the best one and what
    follows it, within QUOTE_CHARS), inert; "" when none can be quoted."""
    prose = _FENCE.sub("\n\n", text)
    found = [s for p in paragraphs(prose, pydoc=False) for s in sentences(p)]
    found = [s for s in found if not looks_like_instructions(s) and not s.endswith(":")]
    if not found:
        return ""
    scores = relevance(question, found, skill=skill)
    start = best_first(scores)[0]
    chosen = [found[start]]
    for following in found[start + 1 :]:
        if len(" ".join([*chosen, following])) > QUOTE_CHARS:
            break
        chosen.append(following)
    return clip(" ".join(chosen), QUOTE_CHARS)


def _label(part: _Part) -> str:
    if part.kind == "section":
        return f'From the lesson, "{part.title}" [{part.id}]:'
    return f"From {part.origin}, *{part.title}* [{part.id}]:"


def _nothing_found(parts: list[_Part]) -> str:
    headings = [
        p.title
        for p in parts
        if p.kind == "section" and p.title and not looks_like_instructions(p.title)
    ][:3]
    if not headings:
        return NOTHING_FOUND
    named = ", ".join(f'"{h}"' for h in headings)
    return f"{NOTHING_FOUND} I can only answer from the lesson: try asking about {named}."


def retrieval_answer(context: dict[str, Any]) -> str:
    question = str(context.get("question") or "")
    skill = str(context.get("skill") or "")
    parts = _parts(context)
    scores = relevance(question, [f"{p.title}\n{p.text}" for p in parts], skill=skill)
    ranked = [i for i in best_first(scores) if scores[i] > 0]
    if ranked:
        floor = scores[ranked[0]] * RELATIVE_FLOOR
        ranked = [i for i in ranked if scores[i] >= floor]
    quotes: list[tuple[_Part, str]] = []
    for index in ranked:
        quoted = excerpt(parts[index].text, question, skill)
        if quoted:
            quotes.append((parts[index], quoted))
        if len(quotes) == MAX_QUOTES:
            break
    if not quotes:
        return _nothing_found(parts)
    kinds = {part.kind for part, _ in quotes}
    where = {
        frozenset({"section"}): "this lesson",
        frozenset({"passage"}): "this lesson's sources",
    }.get(frozenset(kinds), "this lesson and its sources")
    lead = f"Here are the parts of {where} closest to your question:"
    body = "\n\n".join(f"{_label(part)}\n\n> {quoted}" for part, quoted in quotes)
    return f"{lead}\n\n{body}"


@builtin_responder(TASK)
def _offline_answer(request: ChatRequest) -> dict[str, Any]:
    """The built-in provider's answer, from the request's context (see the module doc)."""
    return {"text": retrieval_answer(request.context)}
