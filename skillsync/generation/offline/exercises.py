"""The lesson's exercises, as dicts of the ``Exercise`` schema: from the documentation's own
interactive examples (cited), from the bank (industry data woven in), or — for a topic that
is not Python — written tasks.

The difficulty changes the guidance, not the answer: beginners get numbered steps and every
hint, advanced learners a stretch goal from the topic's edge cases and fewer hints.
"""

from __future__ import annotations

from typing import Any

from skillsync.generation.offline.bank import Practice, guide_score
from skillsync.generation.offline.context import LEVELS, LessonContext, Level, Source
from skillsync.generation.offline.doctests import DoctestRun, doctest_runs
from skillsync.generation.offline.markdown import clip, safe_line
from skillsync.generation.offline.nonpython import data_task
from skillsync.generation.offline.subject import Subject

Exercise = dict[str, Any]
BEGINNER_STEPS = (
    "\n\nSteps:\n1. Run the starter code and read what it prints (or the error it raises).\n"
    "2. Replace each TODO, one at a time, running the code after each change.\n"
    "3. Compare your output with the expected output, character for character."
)


def _level(ctx: LessonContext, step_up: int = 0) -> Level:
    return LEVELS[min(len(LEVELS) - 1, ctx.level_rank + step_up)]


def _instructions(text: str, ctx: LessonContext, stretch: str = "") -> str:
    if ctx.level == "beginner":
        return text + BEGINNER_STEPS
    if ctx.level == "advanced" and stretch:
        return f"{text}\n\nStretch: {stretch}"
    return text


def _hints(hints: tuple[str, ...] | list[str], ctx: LessonContext, extra: str) -> list[str]:
    chosen = list(hints)
    if ctx.level == "beginner":
        chosen.append(extra)
    elif ctx.level == "advanced":
        chosen = chosen[:1]
    return [clip(h, 600) for h in chosen[:5]] or [extra]


def relevant_sources(ctx: LessonContext, subject: Subject) -> list[Source]:
    """The documents that speak of the guide's topic, best first."""
    return [
        s
        for s in ctx.documents
        if guide_score(subject.guide, f"{s.title} {' '.join(s.paragraphs)}")
    ]


def from_practice(
    practice: Practice, ctx: LessonContext, subject: Subject, *, step_up: int, cites: list[str]
) -> Exercise:
    stretch = subject.guide.pitfalls[step_up % len(subject.guide.pitfalls)]
    return {
        "title": clip(practice.title, 200),
        "objective": clip(practice.objective, 200),
        "difficulty": _level(ctx, step_up),
        "instructions": _instructions(practice.instructions, ctx, stretch),
        "language": "python",
        "starter_code": practice.starter,
        "expected_output": practice.expected,
        "hints": _hints(
            practice.hints, ctx, "Print intermediate values to see what each step does."
        ),
        "solution": practice.solution,
        "cites": cites,
    }


def from_doctest(run: DoctestRun, ctx: LessonContext) -> Exercise:
    last = run.last
    calls = ", ".join(f"`{c}`" for c in last.calls[:3]) or "the same expression"
    shown = last.want.strip().splitlines()[0]
    text = (
        f"The documentation (*{run.title}*) shows this behaviour in an interactive session. "
        "Turn it into a script: the starter code runs the first steps; add the last one so "
        "the script prints exactly the expected output. In a script an expression prints "
        "nothing on its own: wrap it in `print(repr(...))` to see what the interpreter's "
        f"prompt would echo. The last step uses {calls} and prints `{safe_line(shown, 120)}`."
    )
    return {
        "title": clip(f"Reproduce the documentation: {run.title}, {calls.replace('`', '')}", 200),
        "objective": clip(f"Use {calls.replace('`', '')} as documented", 200),
        "difficulty": ctx.level,
        "instructions": _instructions(text, ctx),
        "language": "python",
        "starter_code": run.starter,
        "expected_output": run.expected,
        "hints": _hints(
            [f"Use {calls}."]
            # Never a backtick inside the code span: it would end it, and the rest be Markdown.
            + (
                [f"The documentation writes it as `>>> {first_line}`."]
                if "`" not in (first_line := last.source.splitlines()[0])
                else []
            ),
            ctx,
            "Run the starter first: its output is the expected output minus the last part.",
        ),
        "solution": run.solution,
        "cites": [run.passage_id],
    }


def documentation_runs(ctx: LessonContext) -> list[DoctestRun]:
    """Usable interactive examples in the passages, best passage first."""
    runs: list[DoctestRun] = []
    for source in ctx.documents:
        if ">>>" in source.text:
            runs += doctest_runs(source.text, passage_id=source.id, title=source.title)
    return runs


def python_exercises(
    ctx: LessonContext, subject: Subject, runs: list[DoctestRun], *, documented: int, bank: int
) -> list[Exercise]:
    """Up to ``documented`` exercises from the documentation's examples, then up to ``bank``
    from the bank (the second and later one level harder)."""
    exercises = [from_doctest(run, ctx) for run in runs[:documented]]
    related = [s.id for s in relevant_sources(ctx, subject)[:2]]
    for index, make in enumerate(subject.guide.practice[:bank]):
        practice = make(ctx.industry)
        exercises.append(
            from_practice(practice, ctx, subject, step_up=min(index, 1), cites=related)
        )
    return exercises


def written_exercise(ctx: LessonContext, subject: Subject) -> Exercise:
    ind = ctx.industry
    checklist = (
        f"- names the problem {ctx.topic} solves, in one sentence\n"
        f"- walks through one concrete example with {ind.records} from {ctx.industry_label}\n"
        "- names one common mistake and how to avoid it\n"
        "- says how you would check that it works\n"
        "- cites the official documentation you checked"
    )
    return {
        "title": clip(f"Explain {ctx.topic} with {ind.a_record} example", 200),
        "objective": clip(f"Put {ctx.topic} into your own words, grounded in a real use", 200),
        "difficulty": ctx.level,
        "instructions": _instructions(
            f"Write 6 to 10 sentences explaining {ctx.topic} to a colleague working in "
            f"{ctx.industry_label}, using {ind.records} as the example. Check each fact against "
            f"the official {subject.technology} documentation: no sources were available "
            "offline for this lesson, so the answer below is a checklist, not a model text.",
            ctx,
        ),
        "language": "text",
        "starter_code": f"Problem it solves:\nExample with {ind.records}:\nCommon mistake:\n"
        "How to check it works:\nSources:\n",
        "expected_output": "A complete answer:\n" + checklist + "\n",
        "hints": _hints(
            [
                "Start from the problem, not the definition.",
                "If you cannot give an example, that is the part to study next.",
            ],
            ctx,
            "Read your text aloud: any sentence you cannot explain further needs more study.",
        ),
        "solution": "Outline of a good answer:\n" + checklist + "\n",
        "cites": [],
    }


def data_exercise(ctx: LessonContext, subject: Subject) -> Exercise | None:
    ind = ctx.industry
    task = data_task(subject.language, ind)
    if task is None:
        return None
    return {
        "title": clip(
            f"Total {ind.measure_label} per {ind.group} in {subject.language.upper()}", 200
        ),
        "objective": "Group rows and aggregate them, the everyday data task",
        "difficulty": ctx.level,
        "instructions": _instructions(
            f"The {ind.records} below are the same small data set used across SkillSync "
            f"lessons. Compute the total {ind.measure_label} per {ind.group}, formatted as the "
            f"expected output shows. {task['note']} This exercise is not run by SkillSync "
            "(only Python is); compare your result with the expected output yourself.",
            ctx,
        ),
        "language": subject.language,
        "starter_code": task["starter"],
        "expected_output": task["expected"],
        "hints": _hints(
            [
                f"Group by {ind.group} first, then add up each group.",
                "Sort or keep insertion order exactly as the expected output shows.",
            ],
            ctx,
            "Print the intermediate groups before adding them up.",
        ),
        "solution": task["solution"],
        "cites": [],
    }


def plan_exercise(ctx: LessonContext, subject: Subject) -> Exercise:
    ind = ctx.industry
    checklist = (
        "- a goal someone could check (what is true when it works)\n"
        f"- three to six steps, each small enough to try and verify on its own\n"
        f"- the data it starts from: the {ind.records} above or your own\n"
        "- for each step, how you will know it worked (an output, a command, a test)\n"
        "- one risk and what you will do if it happens"
    )
    return {
        "title": clip(f"Plan a first {ctx.topic} task", 200),
        "objective": "Break the topic into small steps you can check one at a time",
        "difficulty": ctx.level,
        "instructions": _instructions(
            f"Plan a first, small task with {ctx.topic} for {ctx.industry_label}, working on "
            f"these {ind.records}: "
            + ", ".join(f"{n} ({g}, {v} {ind.unit})" for n, g, v in ind.rows)
            + ". Write the plan, then carry it out with the official "
            f"{subject.technology} documentation at hand.",
            ctx,
        ),
        "language": "text",
        "starter_code": "Goal:\nSteps:\n1.\n2.\n3.\nHow I check each step:\nRisk:\n",
        "expected_output": "A good plan has:\n" + checklist + "\n",
        "hints": _hints(
            [
                "Start from the result you want to see, then work backwards.",
                "If a step cannot be checked, split it.",
            ],
            ctx,
            "Write the check for each step before doing the step.",
        ),
        "solution": "A good plan has:\n" + checklist + "\n",
        "cites": [],
    }


def other_exercises(ctx: LessonContext, subject: Subject, *, limit: int) -> list[Exercise]:
    found = [
        data_exercise(ctx, subject),
        written_exercise(ctx, subject),
        plan_exercise(ctx, subject),
    ]
    return [e for e in found if e is not None][:limit]
