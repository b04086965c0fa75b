"""Quiz questions drawn from what the lesson stands on: values the documentation's examples
show, its method summaries and sentences, the topic's curated terms, and the verified output
of the lesson's exercises. Each has one right answer among three or four options that differ
in their words (not only in punctuation or case), and says where the answer comes from.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

from skillsync.generation.offline.bank import GUIDES
from skillsync.generation.offline.context import LessonContext, Source
from skillsync.generation.offline.doctests import DoctestRun
from skillsync.generation.offline.markdown import clip, safe_line, sentences
from skillsync.generation.offline.nonpython import group_totals
from skillsync.generation.offline.subject import Subject

Question = dict[str, Any]
MAX_QUESTIONS = 5
_SPACE = re.compile(r"\W+")
_METHOD_LINE = re.compile(r"^- ([\w.]+): (.{20,180}?)$", re.MULTILINE)
_CODE_TERM = re.compile(r"`([^`]{2,40})`")
ERROR_OPTION = "It raises an error"


def _key(text: str) -> str:
    """How the lesson checks compare options (checks.py's normalisation)."""
    return _SPACE.sub(" ", text.lower()).strip()


def _question(
    question: str, answer: str, wrong: list[str], explanation: str, cites: list[str]
) -> Question | None:
    options: dict[str, str] = {_key(answer): answer}
    for option in wrong:
        if _key(option) and _key(option) not in options and len(options) < 4:
            options[_key(option)] = option
    if len(options) < 3 or not _key(answer):
        return None
    ordered = sorted(options.values(), key=lambda o: hashlib.sha256(o.encode()).hexdigest())
    return {
        "question": clip(question, 500),
        "options": ordered,
        "answer": answer,
        "explanation": clip(explanation, 1500),
        "cites": cites,
    }


def _numbers_changed(text: str) -> list[str]:
    """``text`` with its last number off by one either way, and doubled."""
    found = list(re.finditer(r"-?\d+", text))
    if not found:
        return []
    last = found[-1]
    number = int(last.group())
    return [
        text[: last.start()] + str(value) + text[last.end() :]
        for value in (number + 1, number - 1, number * 2 + 1)
    ]


def _wrong_values(value: str) -> list[str]:
    """Plausible wrong outputs for a printed value."""
    if value in ("True", "False"):
        return ["False" if value == "True" else "True", "None", ERROR_OPTION]
    wrong = _numbers_changed(value)
    items = [i.strip() for i in value.strip("[]()").split(",")]
    if value[:1] in "[(" and len(items) > 1 and items != items[::-1]:
        wrong.append(value[0] + ", ".join(reversed(items)) + value[-1])
        wrong.append(value[0] + ", ".join(items[:-1]) + value[-1])
    if value[:1] in "'\"" and len(value) > 3:
        inner = value[1:-1]
        wrong += [f"{value[0]}{inner[::-1]}{value[0]}", f"{value[0]}{inner[:-1]}{value[0]}"]
    return [*wrong, "None", ERROR_OPTION]


def doctest_questions(runs: list[DoctestRun]) -> Iterator[Question]:
    for run in runs:
        for step in run.steps:
            want = step.want.strip()
            source = step.source
            if not (step.standalone and want and "\n" not in want and "\n" not in source):
                continue
            if len(source) > 120 or len(want) > 80 or "`" in source + want:
                continue
            made = _question(
                f"According to the documentation (*{run.title}*), what does `{source}` show "
                "at the interactive prompt?",
                safe_line(want),
                [safe_line(w) for w in _wrong_values(want)],
                f"The documentation shows `>>> {source}` followed by `{want}`.",
                [run.passage_id],
            )
            if made:
                yield made
                break


def method_questions(sources: tuple[Source, ...]) -> Iterator[Question]:
    for source in sources:
        methods = _METHOD_LINE.findall(source.text)
        if len(methods) < 3:
            continue
        name, summary = methods[0]
        summary = safe_line(summary.rstrip("."), 180)
        made = _question(
            f"In the documentation of *{source.title}*, which method does this: “{summary}”?",
            name,
            [other for other, _ in methods[1:]],
            f"The documentation summarises `{name}` as: “{summary}”.",
            [source.id],
        )
        if made:
            yield made


def _shape(term: str) -> tuple[bool, bool, bool]:
    """What kind of code a term is (a call, a dotted name, a capitalised name), so the wrong
    options look like the right one."""
    return "(" in term, "." in term, term[:1].isupper()


def cloze_questions(sources: tuple[Source, ...]) -> Iterator[Question]:
    used: set[str] = set()
    for source in sources:
        terms = list(dict.fromkeys(_CODE_TERM.findall(" ".join(source.paragraphs))))
        for paragraph in source.paragraphs:
            for sentence in sentences(paragraph):
                inside = _CODE_TERM.findall(sentence)
                if len(inside) != 1 or not 40 <= len(sentence) <= 300 or "`" in inside[0]:
                    continue
                answer = inside[0]
                if answer in used:
                    continue
                gap = sentence.replace(f"`{answer}`", "_____", 1)
                alike = [t for t in terms if t != answer and _shape(t) == _shape(answer)]
                if len(alike) < 2:
                    continue
                made = _question(
                    f"Complete the sentence from the documentation (*{source.title}*): "
                    f"“{safe_line(gap, 300)}”",
                    safe_line(answer, 60),
                    [safe_line(t, 60) for t in alike],
                    f"The documentation says: “{safe_line(sentence, 400)}”",
                    [source.id],
                )
                if made:
                    used.add(answer)
                    yield made
                    break
            else:
                continue
            break


def term_questions(subject: Subject) -> Iterator[Question]:
    if not subject.python:
        return
    for index, (term, definition) in enumerate(subject.guide.terms):
        words = set(_key(term).split())
        others = [  # definitions of unrelated terms: none of them can also be right
            d
            for guide in GUIDES
            if guide is not subject.guide
            for t, d in guide.terms
            if not words & set(_key(t).split())
        ]
        start = (index * 7 + len(term)) % max(1, len(others))
        made = _question(
            f"Which statement describes *{term}*?",
            clip(definition, 200),
            [clip(d, 200) for d in (others[start:] + others[:start])[:3]],
            f"{term}: {definition}.",
            [],
        )
        if made:
            yield made


def exercise_questions(exercises: list[dict[str, Any]]) -> Iterator[Question]:
    for exercise in exercises:
        if exercise["language"] != "python":
            continue
        lines = exercise["expected_output"].strip().splitlines()
        if not lines or len(lines[-1]) > 120 or "`" in lines[-1]:
            continue
        last = lines[-1].strip()
        made = _question(
            f"When the exercise “{exercise['title']}” is solved, what is the last line its "
            "program prints?",
            safe_line(last, 200),
            [safe_line(w, 200) for w in _wrong_values(last)],
            "This is the verified expected output of the exercise's solution.",
            list(exercise["cites"]),
        )
        if made:
            yield made


def data_questions(ctx: LessonContext) -> Iterator[Question]:
    ind = ctx.industry
    totals = group_totals(ind)
    top = max(totals, key=lambda item: item[1])
    yield from filter(
        None,
        [
            _question(
                f"In the practice data, which {ind.group} has the largest total "
                f"{ind.measure_label}?",
                top[0],
                [g for g, _ in totals if g != top[0]] + [ind.names[0]],
                f"The totals per {ind.group} are: "
                + ", ".join(f"{g} {t}" for g, t in totals)
                + ".",
                [],
            ),
            _question(
                f"In the practice data, how many {ind.records} have {ind.a_measure} of "
                f"at least {ind.threshold}?",
                str(sum(1 for v in ind.values if v >= ind.threshold)),
                [str(n) for n in range(len(ind.rows) + 1)],
                f"The {ind.measure_label} values are {', '.join(map(str, ind.values))}.",
                [],
            ),
            _question(
                f"In the practice data, what is the total {ind.measure_label} of the "
                f"{ind.records} in {totals[0][0]}?",
                str(totals[0][1]),
                [*_numbers_changed(str(totals[0][1])), str(sum(ind.values))],
                f"The {totals[0][0]} {ind.records} add up to {totals[0][1]} {ind.unit}.",
                [],
            ),
        ],
    )


def lesson_quiz(
    ctx: LessonContext, subject: Subject, runs: list[DoctestRun], exercises: list[dict[str, Any]]
) -> dict[str, Any]:
    """Three to five distinct questions, grounded ones first, alternating their kinds."""
    kinds = [
        doctest_questions(runs),
        method_questions(ctx.documents),
        cloze_questions(ctx.documents),
        term_questions(subject),
        exercise_questions(exercises),
        data_questions(ctx),
    ]
    chosen: list[Question] = []
    seen: set[str] = set()
    while kinds and len(chosen) < MAX_QUESTIONS:
        for kind in list(kinds):
            made = next(kind, None)
            if made is None:
                kinds.remove(kind)
            elif _key(made["question"]) not in seen and len(chosen) < MAX_QUESTIONS:
                seen.add(_key(made["question"]))
                chosen.append(made)
    return {"questions": chosen}
