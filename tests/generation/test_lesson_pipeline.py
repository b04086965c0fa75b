"""The lesson pipeline against the fake providers: what is stored, and every bad answer caught,
repaired or passed to the next provider, never stored as ready."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import TypeAdapter

from skillsync.accounts.models import User
from skillsync.generation.lessons import lesson_content_generate, lesson_subject
from skillsync.generation.providers.router import ProvidersBusy, Router
from skillsync.generation.styles.schemas import Lesson as LessonSchema
from skillsync.generation.variants import prompt_variant_for
from skillsync.learning.models import Lesson, LessonContent, Module, Roadmap
from skillsync.research.service import research_topic
from tests.fakes.llm_behaviours import ok
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.lesson_samples import as_answer, evens_exercise, exercise, sample_lesson

pytestmark = pytest.mark.django_db
SEED_KEYS = {
    "prompt",
    "system_prompt",
    "model",
    "learning_style",
    "difficulty",
    "user_industry",
    "temperature",
    "max_tokens",
    "generated_at",
    "ai_provider",
    "generation_attempt",
    "regenerated_from",
    "deployment",
}


@pytest.fixture
def lesson(user: User, onboard: Callable[..., Any]) -> Lesson:
    """A Python lesson, hands-on; its style is changed by the tests that need another."""
    roadmap = onboard(user, goal="Learn Python", learning_style="hands_on", industry="finance")
    found = (
        Lesson.objects.filter(module__roadmap=roadmap, title__icontains="list")
        .select_related("module")
        .first()
    )
    assert found is not None
    return found


def _cites(lesson: Lesson) -> list[str]:
    """Ids of passages research finds for the lesson (the same ids the pipeline will see)."""
    passages = research_topic(lesson_subject(lesson), style=lesson.learning_style).passages
    assert passages, "offline research finds Python documentation"
    return [p.id for p in passages[:2]]


def _generate(lesson: Lesson, router: Router) -> LessonContent:
    content, reused = lesson_content_generate(
        lesson, difficulty="beginner", language="en", industry="finance", router=router
    )
    assert not reused
    return content


def _stored(content: LessonContent) -> Any:
    return TypeAdapter(LessonSchema).validate_python(content.content)


def test_a_good_answer_is_stored_with_the_seed_metadata_and_what_made_it(
    lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    cites = _cites(lesson)
    fake_llm.script("groq", ok(as_answer(sample_lesson("hands_on", cites)), 900, 2500))
    content = _generate(lesson, Router(make_catalog("groq", paid=("groq",))))
    stored = _stored(content)
    assert stored.style == "hands_on"
    assert stored.introduction[0].cites == cites
    attributed = {
        e["passage_id"] for entries in content.source_attribution.values() for e in entries
    }
    assert set(cites) <= attributed  # every citation resolves to a source shown to the learner
    metadata = content.generation_metadata
    assert metadata.keys() >= SEED_KEYS
    assert metadata["ai_provider"] == "groq"
    assert metadata["learning_style"] == "hands_on"
    assert metadata["user_industry"] == "finance"
    wording = prompt_variant_for(subject=lesson_subject(lesson), style="hands_on")
    assert metadata["prompt_variant"] == wording.name
    assert (metadata["generation_attempt"], metadata["regenerated_from"]) == (1, None)
    assert (metadata["prompt_tokens"], metadata["completion_tokens"]) == (900, 2500)
    assert metadata["cost_usd"] == pytest.approx(900 / 1e6 * 1.0 + 2500 / 1e6 * 4.0)
    assert metadata["total_cost_usd"] == pytest.approx(metadata["cost_usd"])
    assert metadata["attempts"] == [{"provider": "groq", "outcome": "ok", "detail": ""}]
    verification = metadata["exercise_verification"]
    assert (verification["checked"], verification["passed"], verification["dropped"]) == (2, 2, [])
    assert {r["verdict"] for r in verification["results"]} == {"PASSED"}
    assert content.research_metadata["passages"] >= 2
    # The prompt the provider got names the style, the difficulty and the industry.
    prompt = fake_llm.requests_for("groq")[0].json["messages"][-1]["content"]
    for wanted in ("hands-on", "beginner", "finance", wording.style_guide):
        assert wanted in prompt


def _wrong_answer(lesson: dict[str, Any]) -> dict[str, Any]:
    question = dict(lesson["quiz"]["questions"][0], answer="a set")
    return {**lesson, "quiz": {"questions": [question, *lesson["quiz"]["questions"][1:]]}}


def _unknown_citation(lesson: dict[str, Any]) -> dict[str, Any]:
    return {**lesson, "introduction": [dict(lesson["introduction"][0], cites=["p_000000000000"])]}


def _no_exercises(lesson: dict[str, Any]) -> dict[str, Any]:
    return {**lesson, "exercises": []}


def _wrong_output(lesson: dict[str, Any]) -> dict[str, Any]:
    return {**lesson, "exercises": [exercise(expected_output="[1, 4, 8]\n")]}


def _starter_passes(lesson: dict[str, Any]) -> dict[str, Any]:
    solved = "numbers = [1, 2, 3]\nprint([n * n for n in numbers])\n"
    return {**lesson, "exercises": [exercise(starter_code=solved)]}


BAD_ANSWERS = {
    "QUIZ_ANSWER_NOT_AN_OPTION": _wrong_answer,
    "UNKNOWN_CITATION": _unknown_citation,
    "at least 1 item": _no_exercises,  # a schema error: hands-on needs an exercise
    "WRONG_OUTPUT": _wrong_output,
    "STARTER_ALREADY_PASSES": _starter_passes,
}


@pytest.mark.parametrize("problem", sorted(BAD_ANSWERS))
def test_a_bad_answer_is_repaired_once_then_the_next_provider_writes_the_lesson(
    problem: str, lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    cites = _cites(lesson)
    good = sample_lesson("hands_on", cites)
    bad = BAD_ANSWERS[problem](good)
    fake_llm.script("groq", ok(as_answer(bad)), ok(as_answer(bad)))
    fake_llm.script("gemini", ok(as_answer(good)))
    content = _generate(lesson, Router(make_catalog("groq", "gemini")))
    assert content.content == _stored(content).model_dump(mode="json")
    assert content.generation_metadata["ai_provider"] == "gemini"
    assert [(a["provider"], a["outcome"]) for a in content.generation_metadata["attempts"]] == [
        ("groq", "invalid_output"),
        ("groq", "invalid_output"),
        ("gemini", "ok"),
    ]
    # The repair request told the provider what was wrong.
    repair = fake_llm.requests_for("groq")[1].json["messages"][-1]["content"]
    assert problem in repair
    assert content.content["exercises"] == good["exercises"]


def test_a_repaired_answer_from_the_same_provider_is_accepted(
    lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    cites = _cites(lesson)
    good = sample_lesson("hands_on", cites)
    fake_llm.script("groq", ok(as_answer(_wrong_answer(good))), ok(as_answer(good)))
    content = _generate(lesson, Router(make_catalog("groq", "gemini")))
    assert content.generation_metadata["ai_provider"] == "groq"
    assert len(fake_llm.requests_for("gemini")) == 0
    assert (
        content.generation_metadata["total_completion_tokens"]
        > (content.generation_metadata["completion_tokens"])
    )  # the rejected answer's tokens are counted too


def test_when_every_provider_answers_badly_nothing_is_stored(
    lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    bad = as_answer(_wrong_answer(sample_lesson("hands_on", _cites(lesson))))
    fake_llm.set_default("groq", ok(bad))
    fake_llm.set_default("gemini", ok(bad))
    with pytest.raises(ProvidersBusy) as raised:
        _generate(lesson, Router(make_catalog("groq", "gemini")))
    assert [a.outcome for a in raised.value.attempts] == ["invalid_output"] * 4
    assert LessonContent.objects.count() == 0


def test_an_exercise_that_keeps_failing_is_dropped_when_the_lesson_stands_without_it(
    lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    cites = _cites(lesson)
    broken = exercise(title="Cubes", solution="print([n ** 3 for n in [1, 2, 3]]", cites=cites)
    answer = sample_lesson(
        "hands_on", cites, exercises=[exercise(cites), broken, evens_exercise(cites)]
    )
    fake_llm.script("groq", ok(as_answer(answer)), ok(as_answer(answer)))
    content = _generate(lesson, Router(make_catalog("groq", "gemini")))
    assert [e["title"] for e in content.content["exercises"]] == ["Squares", "Evens"]
    verification = content.generation_metadata["exercise_verification"]
    assert verification["dropped"] == ["Cubes"]
    assert (verification["checked"], verification["passed"]) == (2, 2)
    assert len(fake_llm.requests_for("gemini")) == 0
    # The first answer was sent back with the failure before the exercise was dropped.
    repair = fake_llm.requests_for("groq")[1].json["messages"][-1]["content"]
    assert "'Cubes': SOLUTION_FAILED" in repair


def test_a_lesson_left_without_exercises_by_dropping_goes_to_the_next_provider(
    lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    lesson.learning_style = "mixed"
    cites = _cites(lesson)
    bad = sample_lesson("mixed", cites, exercises=[exercise(expected_output="nothing\n")])
    fake_llm.script("groq", ok(as_answer(bad)), ok(as_answer(bad)))
    fake_llm.script("gemini", ok(as_answer(sample_lesson("mixed", cites))))
    content = _generate(lesson, Router(make_catalog("groq", "gemini")))
    assert content.generation_metadata["ai_provider"] == "gemini"
    assert content.generation_metadata["exercise_verification"]["passed"] == 1


def test_dropping_an_exercise_takes_the_quiz_questions_about_it_along(
    lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    cites = _cites(lesson)
    broken = exercise(title="Cubes", expected_output="[1, 8, 28]\n", cites=cites)
    about_it = {
        "question": "When the exercise 'Cubes' is solved, what does it print?",
        "options": ["[1, 8, 28]", "[1, 8, 27]"],
        "answer": "[1, 8, 28]",
        "explanation": "Its expected output.",
    }
    answer = sample_lesson("hands_on", cites, exercises=[exercise(cites), broken])
    answer["quiz"]["questions"].append(about_it)
    fake_llm.script("groq", ok(as_answer(answer)), ok(as_answer(answer)))
    content = _generate(lesson, Router(make_catalog("groq")))
    assert content.generation_metadata["exercise_verification"]["dropped"] == ["Cubes"]
    questions = [q["question"] for q in content.content["quiz"]["questions"]]
    assert questions == [q["question"] for q in sample_lesson("hands_on")["quiz"]["questions"]]


@pytest.mark.parametrize("label", ["Python 3", "python3.12", "py", "CPython"])
def test_a_python_exercise_is_run_however_its_language_is_written(
    label: str, lesson: Lesson, fake_llm: FakeLLMServer, make_catalog: Callable[..., Any]
) -> None:
    cites = _cites(lesson)
    wrong = sample_lesson(
        "hands_on", cites, exercises=[exercise(language=label, expected_output="[0]\n")]
    )
    fake_llm.script("groq", ok(as_answer(wrong)), ok(as_answer(wrong)))
    with pytest.raises(ProvidersBusy):
        _generate(lesson, Router(make_catalog("groq")))
    repair = fake_llm.requests_for("groq")[1].json["messages"][-1]["content"]
    assert "WRONG_OUTPUT" in repair
    assert repair.count("<problems>") == repair.count("</problems>") == 1
    inside = repair.split("<problems>")[1].split("</problems>")[0]
    assert "<" not in inside  # nothing inside can close the block


@pytest.mark.parametrize(
    ("skill", "title", "subject"),
    [
        ("Python", "Lists and list methods", "Python Lists and list methods"),
        ("Python", "Writing Python scripts", "Writing Python scripts"),
        ("Go", "Algorithms and data structures", "Go Algorithms and data structures"),
        ("R", "Arrays and vectors", "R Arrays and vectors"),
        ("C++", "Templates in C++", "Templates in C++"),
    ],
)
def test_a_lesson_is_researched_and_reused_by_its_subject(
    skill: str, title: str, subject: str
) -> None:
    roadmap = Roadmap(skill=skill)
    lesson = Lesson(module=Module(roadmap=roadmap), title=title)
    assert lesson_subject(lesson) == subject
