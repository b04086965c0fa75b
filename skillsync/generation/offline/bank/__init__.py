"""The exercise bank: a guide per Python topic, found from the words of a lesson's topic.

A guide matches when one of its keywords (a word or a phrase, plurals folded) appears in the
topic; the guide with the most keyword words wins, ties going to the guide listed first
(specific guides are listed before broad ones). Nothing matching gives the general guide.
"""

from __future__ import annotations

import re

from skillsync.generation.offline.bank import (
    classes,
    concurrency,
    containers,
    control,
    data_types,
    errors,
    files,
    functions,
    getting_started,
    iteration,
    modern_types,
    testing,
    tooling,
    wrappers,
)
from skillsync.generation.offline.bank.general import GENERAL_GUIDE
from skillsync.generation.offline.bank.model import Practice, TopicGuide
from skillsync.research.bm25 import fold

__all__ = ["GENERAL_GUIDE", "GUIDES", "Practice", "TopicGuide", "guide_for", "guide_score"]

GUIDES: tuple[TopicGuide, ...] = (
    *concurrency.GUIDES,
    *testing.GUIDES,
    *tooling.GUIDES,
    *modern_types.GUIDES,
    *classes.GUIDES,
    *files.GUIDES,
    *errors.GUIDES,
    *wrappers.GUIDES,
    *iteration.GUIDES,
    *functions.GUIDES,
    *containers.GUIDES,
    *control.GUIDES,
    *data_types.GUIDES,
    *getting_started.GUIDES,
)


def _words(text: str) -> list[str]:
    return [fold(word) for word in re.findall(r"[a-z0-9]+", text.lower())]


def _contains(words: list[str], phrase: list[str]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def guide_score(guide: TopicGuide, text: str) -> int:
    """How many keyword words of ``guide`` the text contains (each keyword counted once)."""
    words = _words(text)
    return sum(
        len(phrase) for phrase in (_words(k) for k in guide.keywords) if _contains(words, phrase)
    )


def guide_for(topic: str) -> TopicGuide:
    """The guide for a Python topic; the general one when none matches."""
    best, best_score = GENERAL_GUIDE, 0
    for guide in GUIDES:
        score = guide_score(guide, topic)
        if score > best_score:
            best, best_score = guide, score
    return best
