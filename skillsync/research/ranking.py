"""Ranking research passages for a lesson: relevant to its topic (BM25 over the passages found
for it), good by their source's own signal, not repeated, and within the lesson's token
budget."""

from __future__ import annotations

import re
from collections import Counter

from skillsync.research import bm25
from skillsync.research.passages import Passage

RELEVANCE_WEIGHT = 0.75
QUALITY_WEIGHT = 0.25
SAME_SOURCE_DECAY = 0.9  # each further passage of one source counts a little less
NEAR_DUPLICATE = 0.7  # Jaccard similarity of word 5-grams above which two passages are one
MIN_TRIMMED_TOKENS = 80
_WORD = re.compile(r"[a-z0-9+#]+")


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    return {tuple(tokens[i : i + 5]) for i in range(max(1, len(tokens) - 4))}


def _near_duplicate(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= NEAR_DUPLICATE


def relevance(topic: str, passages: list[Passage]) -> list[float]:
    """Each passage's relevance to the topic's words (see bm25.py), scaled so the best is 1;
    0 for a passage with none of them. A title counts twice."""
    query = bm25.tokens(topic)
    if not passages or not query:
        return [0.0] * len(passages)
    found = bm25.scores(query, [bm25.tokens(f"{p.title} {p.title} {p.text}") for p in passages])
    best = max(found) or 1.0
    return [score / best for score in found]


def _trim(passage: Passage, tokens: int) -> Passage:
    """Cut at the last sentence end that fits (about four characters a token)."""
    text = passage.text[: tokens * 4]
    cut = max(text.rfind(". "), text.rfind("\n"))
    if cut > len(text) // 2:
        text = text[: cut + 1]
    return passage.model_copy(update={"text": text.rstrip() + " …"})


def rank(topic: str, passages: list[Passage], *, token_budget: int) -> list[Passage]:
    """The passages to give the lesson, best first, de-duplicated, within ``token_budget``;
    each carries its ``relevance``. Passages with none of the topic's words are dropped
    unless nothing else is left."""
    unique: dict[str, Passage] = {}
    for passage in passages:
        unique.setdefault(passage.id, passage)
    candidates = list(unique.values())
    scores = relevance(topic, candidates)
    scored = sorted(
        zip(candidates, scores, strict=True),
        key=lambda pair: RELEVANCE_WEIGHT * pair[1] + QUALITY_WEIGHT * pair[0].quality,
        reverse=True,
    )
    if any(score > 0 for _, score in scored):
        scored = [(p, s) for p, s in scored if s > 0]
    chosen: list[Passage] = []
    seen: list[set[tuple[str, ...]]] = []
    per_source: Counter[str] = Counter()
    remaining = token_budget
    # Re-score with the same-source decay as we pick, so one source cannot take everything.
    pool = [(p, RELEVANCE_WEIGHT * s + QUALITY_WEIGHT * p.quality, s) for p, s in scored]
    while pool and remaining >= MIN_TRIMMED_TOKENS:
        index = max(
            range(len(pool)),
            key=lambda i: pool[i][1] * SAME_SOURCE_DECAY ** per_source[pool[i][0].source],
        )
        passage, _score, rel = pool.pop(index)
        shingles = _shingles(passage.text)
        if any(_near_duplicate(shingles, other) for other in seen):
            continue
        if passage.tokens() > remaining:
            passage = _trim(passage, remaining)
        passage = passage.model_copy(update={"relevance": round(rel, 4)})
        chosen.append(passage)
        seen.append(shingles)
        per_source[passage.source] += 1
        remaining -= passage.tokens()
    return chosen
