"""Whether a stored lesson's topic may answer a request for another topic.

Embeddings put "Python lists" and "Python tuples", "TCP sockets" and "UDP sockets" close
together (cosine 0.63 and 0.80 with all-MiniLM-L6-v2, while true paraphrases can score lower),
so a similarity threshold alone reuses the wrong lesson. Three rules on the canonical tokens of
both topics come first; the thresholds only decide what they let through:

1. contrast: one topic names a term of a contrast family (``data/contrasts.toml``) that the
   other lacks, and the other names a different term of that family that the first lacks
   (lists / tuples, React / Preact, threads / processes, sync / async, ``==`` / ``is``):
   refused whatever the similarity.
2. version: the same word with different numbers (Python 2 / Python 3, IPv4 / IPv6, ES5 /
   ES6, "3.12" / "3.13"): refused whatever the similarity.
3. salient: a specific word on one side only, with no synonym, related word (``[related]`` in
   ``data/synonyms.toml``), shared stem or one-letter typo on the other side. The similarity
   needed depends on where such words are. Only in the stored topic (the request is a shorter
   naming: "Docker volumes" asked, "Persisting data with Docker volumes" stored):
   ``Thresholds.stored_more``. Only in the request, so the stored lesson may lack what is
   asked ("Choosing between interfaces and type aliases" asked, "Interfaces" stored):
   ``Thresholds.asked_more``. On both sides ("Generic interfaces and classes" /
   "Implementing interfaces with classes"; there a weak word counts too), or an extra contrast
   term ("Type aliases" / "Interfaces and type aliases"): ``Thresholds.diverging``. Weak words
   alone ("method", "type", "data") never make a topic more specific.
Otherwise the similarity must reach ``Thresholds.accept``.

The thresholds were calibrated on the curriculum (``bench/cache_calibration.py``: namings of
one topic against namings of its sibling topics) and checked on the labelled pairs of
``bench/cache_pairs.py``; see README, "Reuse".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from skillsync.reuse.lexicon import LEXICON, Lexicon
from skillsync.reuse.normalise import Topic


class Refusal(StrEnum):
    CONTRAST = "contrast"
    VERSION = "version"
    SALIENT = "salient"
    BELOW_THRESHOLD = "below_threshold"


@dataclass(frozen=True)
class Thresholds:
    accept: float  # no specific word differs
    stored_more: float  # the stored topic has specific words the request lacks
    asked_more: float  # the request has specific words the stored topic lacks
    diverging: float  # both have words of their own, or an extra word is a contrast term


THRESHOLDS = Thresholds(accept=0.80, stored_more=0.85, asked_more=0.90, diverging=0.95)


@dataclass(frozen=True)
class Verdict:
    refusal: Refusal | None
    detail: str = ""

    @property
    def accepted(self) -> bool:
        return self.refusal is None

    @property
    def reason(self) -> str:
        """What to record: the rule and the words it saw, e.g. "contrast: list / tuple"."""
        if self.refusal is None:
            return ""
        return f"{self.refusal.value}: {self.detail}" if self.detail else self.refusal.value


ACCEPTED = Verdict(None)
_VERSIONED = re.compile(r"([a-z_]*?)(\d+(?:\.\d+)*)")
MIN_STEM = 6  # letters two words must share to count as one word with another ending
# What may follow the shared letters: English endings only, so "iterator" / "iteration" and
# "branch" / "branching" are one word but "context" / "contextlib" are not.
ENDINGS = frozenset(
    {"", "e", "r", "d", "s", "es", "ed", "er", "ers", "or", "ors", "ing", "ion", "ions"}
    | {"ation", "ive", "al", "ly", "ally", "ity", "ment", "ments", "able", "y", "ies", "ize"}
)
MIN_TYPO_LENGTH = 5


def judge(
    query: Topic,
    candidate: Topic,
    similarity: float,
    *,
    thresholds: Thresholds = THRESHOLDS,
    lexicon: Lexicon = LEXICON,
) -> Verdict:
    """May ``candidate``'s lesson be reused for ``query``? The first rule that refuses wins."""
    mine, theirs = set(query.tokens), set(candidate.tokens)
    only_mine, only_theirs = mine - theirs, theirs - mine
    contrast = _contrast(only_mine, only_theirs, lexicon)
    if contrast:
        return Verdict(Refusal.CONTRAST, contrast)
    version = _version(only_mine, only_theirs)
    if version:
        return Verdict(Refusal.VERSION, version)
    extra_mine = _unmatched(only_mine, theirs, lexicon)
    extra_theirs = _unmatched(only_theirs, mine, lexicon)
    salient = sorted((extra_mine | extra_theirs) - lexicon.weak_words)
    if salient:
        # Both sides have a word of their own (one of them specific): two different topics
        # more likely than one named twice. So is an extra contrast term.
        if (extra_mine and extra_theirs) or any(t in lexicon.families_of for t in salient):
            needed = thresholds.diverging
        elif extra_mine:
            needed = thresholds.asked_more
        else:
            needed = thresholds.stored_more
        if similarity < needed:
            return Verdict(Refusal.SALIENT, f"{', '.join(salient)} at {similarity:.3f}")
    if similarity < thresholds.accept:
        return Verdict(Refusal.BELOW_THRESHOLD, f"{similarity:.3f}")
    return ACCEPTED


def _unmatched(only: set[str], other_side: set[str], lexicon: Lexicon) -> set[str]:
    """The words of ``only`` that the other side does not say in other words."""
    return {t for t in only if not _counterpart(t, other_side, lexicon)}


def _contrast(only_mine: set[str], only_theirs: set[str], lexicon: Lexicon) -> str:
    for term in sorted(only_mine):
        for family in lexicon.families_of.get(term, ()):
            others = sorted(only_theirs & family.terms)
            if others:
                return f"{term} / {', '.join(others)} ({family.name})"
    return ""


def _version(only_mine: set[str], only_theirs: set[str]) -> str:
    for mine in sorted(only_mine):
        ours = _VERSIONED.fullmatch(mine)
        if ours is None:
            continue
        for theirs in sorted(only_theirs):
            other = _VERSIONED.fullmatch(theirs)
            if other is not None and other.group(1) == ours.group(1):
                return f"{mine} / {theirs}"
    return ""


def _counterpart(token: str, other_side: set[str], lexicon: Lexicon) -> bool:
    """Whether the other topic says ``token`` in other words: a related word, the same stem
    with another ending ("iterator" / "iteration"), or a one-letter typo ("dictonary")."""
    if lexicon.related.get(token, frozenset()) & other_side:
        return True
    if token in lexicon.families_of:
        return False  # a contrast term is only ever matched by itself or a related word
    return any(
        other not in lexicon.families_of and (_same_stem(token, other) or _typo(token, other))
        for other in other_side
    )


def _same_stem(a: str, b: str) -> bool:
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= MIN_STEM and a[shared:] in ENDINGS and b[shared:] in ENDINGS


def _typo(a: str, b: str) -> bool:
    """One letter inserted, deleted, replaced, or two neighbours swapped."""
    if min(len(a), len(b)) < MIN_TYPO_LENGTH or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        i = diffs[0]
        return diffs == [i, i + 1] and (a[i], a[i + 1]) == (b[i + 1], b[i])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
