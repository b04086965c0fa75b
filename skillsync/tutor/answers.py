"""A tutor answer as a provider gives it (``TutorAnswer``: its text, with citation markers such
as ``[S2]`` or ``[p_0123456789ab]``), checked and parsed into the stored text and citations.

Citations are read from the markers, never trusted: an id that names no section or passage of
the answer's context is dropped from the text and from the list. A marker is a bracket holding
only id-like words (``[S2]``, ``[S2, p_ab12]``); other brackets (``xs[0]``) are left alone.
Links outside code are refused (the citations point at the sources, and a link is what a
hostile passage would want shown): the model is asked again once, and on its last try a link is
cut out rather than shown. URLs inside code spans and blocks are code, and stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from skillsync.generation.providers.router import Check, Rejected
from skillsync.tutor.context import TutorContext
from skillsync.tutor.models import TEXT_MAX_LENGTH

_BRACKET = re.compile(r"([ \t]*)\[([^\[\]\n]{1,200})\]")
_ID_LIKE = re.compile(r"S\d{1,3}|p_[A-Za-z0-9_-]{1,38}")
_SEPARATORS = re.compile(r"[\s,;]+")
_URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"']+", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\]\s*\(")
_CODE = re.compile(r"```.*?(?:```|$)|`[^`\n]*`", re.DOTALL)


class TutorAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(min_length=1, max_length=TEXT_MAX_LENGTH)]


@dataclass(frozen=True)
class ParsedAnswer:
    text: str
    citations: list[dict[str, str]]
    dropped: list[str]  # ids cited that name nothing in the context


def _ids(inside: str) -> list[str] | None:
    """The ids a bracket holds, or None when it is not a citation marker."""
    words = [w for w in _SEPARATORS.split(inside.strip()) if w]
    if not words or not all(_ID_LIKE.fullmatch(w) for w in words):
        return None
    return words


def parse_answer(text: str, context: TutorContext) -> ParsedAnswer:
    """The answer's text with only markers of known ids (each on its own: ``[S1][S2]``), and
    its citations in the order first cited."""
    citations: dict[str, dict[str, str]] = {}
    dropped: list[str] = []

    def marker(match: re.Match[str]) -> str:
        ids = _ids(match.group(2))
        if ids is None:
            return match.group(0)
        kept = []
        for citation_id in ids:
            found = context.citation(citation_id)
            if found is None:
                dropped.append(citation_id)
                continue
            citations.setdefault(citation_id, found)
            if citation_id not in kept:
                kept.append(citation_id)
        # A marker dropped entirely takes the space before it along.
        return match.group(1) + "".join(f"[{i}]" for i in kept) if kept else ""

    cleaned = _BRACKET.sub(marker, text).strip()
    return ParsedAnswer(text=cleaned, citations=list(citations.values()), dropped=dropped)


def _prose(text: str) -> list[str]:
    """The parts of ``text`` outside code spans and blocks."""
    return _CODE.split(text)


def _links(text: str, allowed: frozenset[str]) -> bool:
    return any(
        _MARKDOWN_LINK.search(part) or any(url not in allowed for url in _URL.findall(part))
        for part in _prose(text)
    )


def _unlinked(text: str, allowed: frozenset[str]) -> str:
    """``text`` with links outside code cut out (a source's own URL stays, as plain text)."""
    codes = _CODE.findall(text)
    parts = [
        _MARKDOWN_LINK.sub(
            "]\\(",
            _URL.sub(lambda m: m.group(0) if m.group(0) in allowed else "(link removed)", part),
        )
        for part in _prose(text)
    ]
    return "".join(part + (codes[i] if i < len(codes) else "") for i, part in enumerate(parts))


def answer_check(context: TutorContext) -> Check[TutorAnswer]:
    """The router's check of a schema-valid answer (see ``router.Check``)."""

    def check(answer: TutorAnswer, last: bool) -> TutorAnswer:
        text = answer.text.strip()
        problems = []
        if not text:
            problems.append("EMPTY: the answer has no text")
        elif not parse_answer(text, context).text:
            problems.append("EMPTY: the answer is only citations of ids that were not given")
        if _links(text, context.urls):
            problems.append("LINKS: no links; cite sources by their id in square brackets")
        if problems and (not last or problems[0].startswith("EMPTY")):
            raise Rejected(problems)
        return TutorAnswer(text=_unlinked(text, context.urls)[:TEXT_MAX_LENGTH])

    return check
