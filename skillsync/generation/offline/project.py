"""The hands-on lesson's practice project: a small program about the learner's industry that
uses the topic, with a starter template and an estimate of the time it takes."""

from __future__ import annotations

from typing import Any

from skillsync.generation.offline.bank.model import rows_code
from skillsync.generation.offline.context import LessonContext
from skillsync.generation.offline.markdown import clip
from skillsync.generation.offline.subject import Subject

MINUTES = {"beginner": 45, "intermediate": 60, "advanced": 90}


def _python_template(ctx: LessonContext) -> str:
    ind = ctx.industry
    return (
        rows_code(ind)
        + "\n\ndef load():\n"
        + f'    """The {ind.records} to report on (replace with your own data)."""\n'
        f"    return list({ind.records})\n\n\n"
        f'def report(rows):\n    """The report\'s lines."""\n    # TODO: use {ctx.topic}\n'
        "    return []\n\n\n"
        "def main():\n    for line_of_text in report(load()):\n        print(line_of_text)\n\n\n"
        'if __name__ == "__main__":\n    main()\n'
    )


def _other_template(ctx: LessonContext, subject: Subject) -> str:
    ind = ctx.industry
    rows = "\n".join(f"- {n}, {g}, {v} {ind.unit}" for n, g, v in ind.rows)
    return (
        f"Project: {ctx.topic} for {ind.records}\n\nData:\n{rows}\n\n"
        f"Plan ({subject.technology}):\n1. Set-up:\n2. The core step using {ctx.topic}:\n"
        "3. How I check the result:\n4. What I would do next:\n"
    )


def practice_project(ctx: LessonContext, subject: Subject) -> dict[str, Any]:
    ind = ctx.industry
    concepts = subject.guide.concepts[:3] if subject.python else ()
    requirements = [
        f"Start from the {ind.records} in the template (five rows: name, {ind.group}, "
        f"{ind.measure_label}).",
        *(f"Use {concept} somewhere it genuinely helps." for concept in concepts),
        f"Report the {ind.records} at or above {ind.threshold} {ind.unit} and the total per "
        f"{ind.group}.",
        "Handle one bad row (a missing or non-numeric value) without crashing, and say which.",
        "Check your results with at least three asserts (or, outside Python, three written "
        "expected results).",
    ]
    if ctx.level == "advanced":
        requirements.append(
            "Make it work for 100,000 rows: no nested loops over the data; measure before "
            "and after."
        )
    if ctx.level == "beginner":
        requirements.append("Build it one requirement at a time, running it after each.")
    return {
        "title": clip(f"Project: {ind.a_record} report using {ctx.topic}", 200),
        "description": clip(
            f"Build a small {subject.technology} program for {ctx.industry_label}: it reads "
            f"{ind.records}, applies {ctx.topic} and prints a short report someone in the "
            "field could act on. Keep it small enough to finish in one sitting.",
            1500,
        ),
        "requirements": requirements,
        "starter_template": _python_template(ctx)
        if subject.python
        else _other_template(ctx, subject),
        "estimated_minutes": MINUTES[ctx.level],
    }
