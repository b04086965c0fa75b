"""Calibrating the reuse guards on the curriculum: ``python -m bench.cache_calibration``.

Every topic of every built-in track is named ``NAMINGS`` times by the paraphrasing planner
(``bench/paraphrase.py``) and turned into a lesson subject as the pipeline does. Positives: two
namings of the same topic (should be reused). Negatives: namings of two different topics of
the same track and level — the siblings a lookup actually meets, since style, difficulty and
language are exact filters (should never be reused). For each candidate set of thresholds it
prints how many negatives the guards let through and how many positives they accept, then
the same for a similarity threshold alone. Not a test and not a benchmark: a tool to rerun
when the lexicon, the paraphraser or the model changes.
"""

from __future__ import annotations

import itertools
import os
import random
import sys
from typing import Any

NAMINGS = 4
SEED = 7
ACCEPT = (0.78, 0.80, 0.82)
STORED_MORE = (0.83, 0.85, 0.87)
ASKED_MORE = (0.85, 0.88, 0.90, 0.92)
DIVERGING = (0.93, 0.95)


def _subjects() -> list[tuple[str, str, str]]:
    """(topic id, level key, subject) for every naming of every curriculum topic."""
    from bench.paraphrase import paraphrase
    from skillsync.generation.lessons import lesson_subject
    from skillsync.learning.models import Lesson, Module, Roadmap
    from skillsync.learning.tracks import TRACKS

    rng = random.Random(SEED)  # noqa: S311 - a reproducible sample, not a secret
    rows = []
    for track in TRACKS:
        roadmap = Roadmap(skill=track.name)
        for module in track.modules:
            for topic in module.topics:
                for _ in range(NAMINGS):
                    title = paraphrase(topic, track.name, rng)
                    lesson = Lesson(title=title, module=Module(roadmap=roadmap))
                    rows.append(
                        (
                            f"{track.key}/{topic}",
                            f"{track.key}/{module.level}",
                            lesson_subject(lesson),
                        )
                    )
    return rows


def _pairs(rows: list[tuple[str, str, str]]) -> tuple[list[Any], list[Any]]:
    import numpy as np

    from skillsync.reuse.embeddings import MAX_TEXTS, encoder
    from skillsync.reuse.normalise import topic_of

    topics = [topic_of(subject) for _, _, subject in rows]
    texts = [t.embedding_text for t in topics]
    vectors = np.concatenate(
        [encoder().encode(texts[i : i + MAX_TEXTS]) for i in range(0, len(texts), MAX_TEXTS)]
    )
    positives, negatives = [], []
    for i, j in itertools.combinations(range(len(rows)), 2):
        if rows[i][1] != rows[j][1]:
            continue  # another track or level: never a candidate
        pair = (topics[i], topics[j], float(vectors[i] @ vectors[j]))
        same = rows[i][0] == rows[j][0]
        if same:
            positives.append(pair)
        elif i % NAMINGS < 2 and j % NAMINGS < 2:  # two namings of each sibling suffice
            negatives.append(pair)
    return positives, negatives


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skillsync.settings.test")
    import django

    django.setup()
    from skillsync.reuse.guards import Thresholds, judge

    positives, negatives = _pairs(_subjects())
    print(f"{len(positives)} positive pairs, {len(negatives)} negative pairs")
    print("accept stored_more asked_more diverging | negatives accepted | positives accepted")
    grid = itertools.product(ACCEPT, STORED_MORE, ASKED_MORE, DIVERGING)
    for accept, stored, asked, diverging in grid:
        limits = Thresholds(accept, stored_more=stored, asked_more=asked, diverging=diverging)
        wrong = sum(judge(a, b, s, thresholds=limits).accepted for a, b, s in negatives)
        right = sum(judge(a, b, s, thresholds=limits).accepted for a, b, s in positives)
        print(
            f"{accept:.2f} {stored:.2f} {asked:.2f} {diverging:.2f}"
            f" | {wrong:5d} ({wrong / len(negatives):.4f}) | {right / len(positives):.4f}"
        )
    print("similarity alone | negatives accepted | positives accepted")
    for threshold in (0.80, 0.85, 0.90, 0.93, 0.95):
        wrong = sum(s >= threshold for _, _, s in negatives)
        right = sum(s >= threshold for _, _, s in positives)
        print(
            f"{threshold:.2f} | {wrong:5d} ({wrong / len(negatives):.4f})"
            f" | {right / len(positives):.4f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
