"""Generating one lesson's content through the provider chain, and reusing it.

The pipeline: research passages for the topic; a prompt for the lesson's style and difficulty
with the passages as delimited data (``prompts``); the provider chain asked for the style's
schema (``styles.schemas``), each answer checked (``lesson_acceptance``: the style rules, every
citation resolving, Python exercises run in the sandbox) and repaired or passed to the next
provider when it fails; the accepted lesson stored with what made it (``generation_metadata``).

A lesson's content is shared: before generating, ``skillsync.reuse.find_reusable`` looks for
stored content on the same subject (its canonical key, then the same topic in other words) in
the same style, difficulty, language and schema version (``existing_content``); a new content
is stored under the canonical key with its topic embedding, so the next learner finds it. A
regeneration (``lesson_content_regenerate``) writes a new version of a lesson's content, steered
by its learner's wish: personal to that lesson, never reused, chained to the version it
replaces — or, for a mentor's requested changes to rejected content (``replacement.py``), a
shared version, reused like a first one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from django.conf import settings
from django.utils import timezone

from skillsync.analytics.cost_controls import per_lesson_budget_usd
from skillsync.core.errors import ErrorCode
from skillsync.generation.exercise_verification import ExerciseVerifier
from skillsync.generation.lesson_acceptance import LessonAcceptance
from skillsync.generation.prompts import (
    REGENERATION_SYSTEM_PROMPT,
    SYSTEM_PROMPT,
    LessonFacts,
    PromptWording,
    lesson_prompt,
    passage_data,
)
from skillsync.generation.providers.builtin import builtin_responder
from skillsync.generation.providers.chat import ChatMessage, ChatRequest
from skillsync.generation.providers.router import (
    Answer,
    Check,
    CostBudgetExceeded,
    ProvidersBusy,
    Router,
)
from skillsync.generation.streaming import LessonStream
from skillsync.generation.styles.checks import LessonModel
from skillsync.generation.styles.schemas import SCHEMA_VERSION, STYLES
from skillsync.generation.variants import prompt_variant_for
from skillsync.learning.models import Lesson, LessonContent
from skillsync.research.passages import Passage
from skillsync.research.service import ResearchBundle, research_topic
from skillsync.reuse.services import (
    ReuseResult,
    find_reusable,
    reusable_content_create,
    reuse_query,
    shared_version_create,
)

__all__ = [
    "SCHEMA_VERSION",
    "GenerationTimeoutError",
    "LessonBudgetExceededError",
    "existing_content",
    "lesson_content_generate",
    "lesson_content_regenerate",
]

TASK = "lesson"
TEMPERATURE = 0.4
MAX_TOKENS = 6000


class GenerationTimeoutError(Exception):
    """The providers gave no lesson within GENERATION_CALL_TIMEOUT: the delivery failed (it
    counts towards the request's maximum), unlike a busy chain, which gives it back."""


class LessonBudgetExceededError(Exception):
    """The lesson's attempts (providers and repairs) cost the per-lesson budget before one was
    accepted: the delivery fails for good (another would spend as much again). The message
    starts with the code, LESSON_BUDGET_EXCEEDED."""

    code = ErrorCode.LESSON_BUDGET_EXCEEDED

    def __init__(self, exceeded: CostBudgetExceeded) -> None:
        super().__init__(
            f"{self.code.value}: the lesson's attempts cost ${exceeded.spent:.6f}, reaching "
            f"its ${exceeded.budget:.6f} budget; no further provider or repair was tried "
            f"({len(exceeded.attempts)} attempts: "
            + ", ".join(f"{a.provider} {a.outcome}" for a in exceeded.attempts)
            + ")"
        )
        self.spent = exceeded.spent
        self.budget = exceeded.budget


def lesson_subject(lesson: Lesson) -> str:
    """What the lesson is about, for research and reuse: its title with the roadmap's skill
    unless the title names it already ("Error handling" is one lesson in Go, another in
    Python)."""
    skill = lesson.module.roadmap.skill.strip()
    named = re.search(rf"(?<!\w){re.escape(skill)}(?!\w)", lesson.title, re.IGNORECASE)
    if not skill or named:  # as a word: "Go" is not in "Algorithms", "R" not in "Arrays"
        return lesson.title
    return f"{skill} {lesson.title}"


def _reuse_lookup(lesson: Lesson, *, style: str, difficulty: str, language: str) -> ReuseResult:
    return find_reusable(
        topic=lesson_subject(lesson),
        style=style,
        difficulty=difficulty,
        language=language,
        schema_version=SCHEMA_VERSION,
        user_id=lesson.module.roadmap.owner_id,
        lesson_id=lesson.pk,
    )


def existing_content(
    lesson: Lesson, *, style: str, difficulty: str, language: str
) -> LessonContent | None:
    """Shared content that already answers this lesson in ``style``, if any (exact canonical
    key, then the same topic in other words; personal versions are never reusable)."""
    return _reuse_lookup(lesson, style=style, difficulty=difficulty, language=language).content


def lesson_request(
    facts: LessonFacts,
    passages: Sequence[Passage] = (),
    *,
    wording: PromptWording | None = None,
    instruction: str = "",
    instructed_by: str = "learner",
) -> ChatRequest:
    system = REGENERATION_SYSTEM_PROMPT if instruction else SYSTEM_PROMPT
    prompt = lesson_prompt(
        facts, passages, wording=wording, instruction=instruction, instructed_by=instructed_by
    )
    return ChatRequest(
        messages=(ChatMessage("system", system), ChatMessage("user", prompt)),
        temperature=TEMPERATURE,
        max_tokens=MAX_TOKENS,
        task=TASK,
        context={
            "topic": facts.topic,
            "skill": facts.skill,
            "module": facts.module,
            "goal": facts.goal,
            "style": facts.style,
            "difficulty": facts.difficulty,
            "industry": facts.industry,
            "language": facts.language,
            "passages": [{**passage_data(p), "extra": dict(p.extra)} for p in passages],
        },
    )


@builtin_responder(TASK)
def _offline_lesson(request: ChatRequest) -> dict[str, Any]:
    """The built-in provider's lesson, composed from the request's passages (no network)."""
    from skillsync.generation.offline import offline_lesson  # imported when first used

    return offline_lesson(request.context)


@dataclass(frozen=True)
class Version:
    """Which version of a lesson's content is written: the first (shared), or a regeneration
    of ``regenerated_from`` steered by the learner's ``instruction``."""

    attempt: int = 1
    regenerated_from: LessonContent | None = None
    instruction: str = ""
    instructed_by: str = "learner"  # or "reviewer": a mentor's requested changes


def _metadata(
    request: ChatRequest,
    facts: LessonFacts,
    answer: Answer[Any],
    *,
    variant: str,
    version: Version,
    exercises: dict[str, Any],
    timings: dict[str, float],
) -> dict[str, Any]:
    """The seed's generation_metadata, plus what a later comparison needs: the prompt variant,
    tokens and cost (of the accepted call, and of all attempts), the attempts, the exercises'
    verification, where the time went, and for a regeneration the learner's instruction."""
    parent = version.regenerated_from
    return {
        "prompt": request.messages[-1].content,
        "system_prompt": request.messages[0].content,
        "model": answer.model,
        "learning_style": facts.style,
        "difficulty": facts.difficulty,
        "user_industry": facts.industry,
        "temperature": request.temperature,
        "max_tokens": request.max_tokens,
        "generated_at": timezone.now().isoformat(),
        "ai_provider": answer.provider,
        "generation_attempt": version.attempt,
        "regenerated_from": None if parent is None else str(parent.pk),
        "instruction": version.instruction or None,
        "deployment": "worker",
        "prompt_variant": variant,
        "schema_version": SCHEMA_VERSION,
        "language": facts.language,
        "request_id": answer.request_id,
        "prompt_tokens": answer.prompt_tokens,
        "completion_tokens": answer.completion_tokens,
        "cost_usd": answer.cost_usd,
        "total_prompt_tokens": sum(a.prompt_tokens for a in answer.attempts),
        "total_completion_tokens": sum(a.completion_tokens for a in answer.attempts),
        "total_cost_usd": round(sum(a.cost_usd for a in answer.attempts), 8),
        "attempts": [
            {"provider": a.provider, "outcome": a.outcome, "detail": a.detail}
            for a in answer.attempts
        ],
        "exercise_verification": exercises,
        "timings_ms": {name: round(seconds * 1000, 1) for name, seconds in timings.items()},
    }


def _generate(
    request: ChatRequest,
    style: str,
    acceptance: LessonAcceptance,
    *,
    router: Router | None,
    stream: LessonStream | None,
) -> Answer[Any]:
    # A hard bound on the whole search, well inside the delivery's lease: a provider that
    # accepts the request and then hangs cannot hold the worker.
    limit = settings.GENERATION_CALL_TIMEOUT.total_seconds()
    deadline = time.monotonic() + limit
    schema = STYLES[style]
    try:
        answer = (router or Router()).generate(
            request,
            schema,
            deadline=deadline,
            wait_up_to=0,
            on_chunk=stream,
            on_attempt=None if stream is None else stream.restart,
            check=cast(Check[Any], acceptance.check),
            cost_budget_usd=per_lesson_budget_usd(),
        )
    except CostBudgetExceeded as exceeded:
        raise LessonBudgetExceededError(exceeded) from exceeded
    except ProvidersBusy as busy:
        if time.monotonic() < deadline:
            raise
        raise GenerationTimeoutError(
            f"lesson generation timed out after {limit:g} s ({busy})"
        ) from busy
    if stream is not None:
        stream.flush()
    return answer


@dataclass(frozen=True)
class _Written:
    """A lesson the providers wrote and the checks accepted, not yet stored."""

    data: LessonModel
    research: ResearchBundle
    metadata: dict[str, Any]
    model: str

    def fields(self, lesson: Lesson) -> dict[str, Any]:
        return {
            "topic": lesson.title,
            "content": self.data.model_dump(mode="json"),
            "source_attribution": self.research.source_attribution(),
            "research_metadata": self.research.research_metadata(),
            "ai_model_version": self.model[:100],
            "generation_metadata": self.metadata,
        }


def _write(
    lesson: Lesson,
    *,
    style: str,
    difficulty: str,
    language: str,
    industry: str,
    goal: str,
    version: Version,
    router: Router | None,
    stream: LessonStream | None,
) -> _Written:
    """Research the lesson's subject, ask the providers with the prompt variant assigned to
    it, and check the answer (see the module's docstring)."""
    subject = lesson_subject(lesson)
    wording = prompt_variant_for(subject=subject, style=style)
    started = time.monotonic()
    research = research_topic(subject, style=style)
    researched = time.monotonic()
    facts = LessonFacts(
        topic=lesson.title,
        skill=lesson.module.roadmap.skill,
        module=lesson.module.title,
        goal=goal,
        style=style,
        difficulty=difficulty,
        language=language,
        industry=industry,
    )
    request = lesson_request(
        facts,
        research.passages,
        wording=wording,
        instruction=version.instruction,
        instructed_by=version.instructed_by,
    )
    verifier = ExerciseVerifier()
    acceptance = LessonAcceptance(research.passages, verifier)
    answer = _generate(request, style, acceptance, router=router, stream=stream)
    lesson_data = cast(LessonModel, answer.data)
    exercises = verifier.report(
        list(getattr(lesson_data, "exercises", [])), dropped=acceptance.dropped
    )
    finished = time.monotonic()
    metadata = _metadata(
        request,
        facts,
        answer,
        variant=wording.name,
        version=version,
        exercises=exercises,
        timings={
            "research": researched - started,
            "generation": finished - researched,
            "exercise_verification": verifier.wall_seconds,
        },
    )
    return _Written(data=lesson_data, research=research, metadata=metadata, model=answer.model)


def lesson_content_generate(
    lesson: Lesson,
    *,
    difficulty: str,
    language: str,
    industry: str,
    goal: str = "",
    style: str | None = None,
    router: Router | None = None,
    stream: LessonStream | None = None,
) -> tuple[LessonContent, bool]:
    """The lesson's shared content in ``style`` (the lesson's by default): reused when a
    stored one is on the same topic (exact canonical key, then semantic match), else
    generated, checked and stored. Returns (content, reused). Runs outside any transaction
    (it may call a provider). ``stream`` publishes the text while the provider writes it."""
    style = style or lesson.learning_style
    found = _reuse_lookup(lesson, style=style, difficulty=difficulty, language=language)
    if found.content is not None:
        return found.content, True
    written = _write(
        lesson,
        style=style,
        difficulty=difficulty,
        language=language,
        industry=industry,
        goal=goal,
        version=Version(),
        router=router,
        stream=stream,
    )
    content, created = reusable_content_create(
        query=found.query,
        fields={
            **written.fields(lesson),
            "learning_style": style,
            "difficulty": difficulty,
            "language": language,
        },
    )
    return content, not created


def lesson_content_regenerate(
    lesson: Lesson,
    *,
    base: LessonContent,
    instruction: str,
    cache_key: str,
    industry: str,
    goal: str = "",
    shared: bool = False,
    router: Router | None = None,
    stream: LessonStream | None = None,
) -> LessonContent:
    """A new version of ``base`` for this lesson, steered by its learner's ``instruction``:
    the same style, difficulty and language, one attempt more, personal to the lesson (never
    reused by another learner). ``shared``: steered by a mentor's requested changes instead,
    and shared like a first version (reusable, approval pending, stored with the topic
    embedding of the lesson's subject so that lookups find it). ``cache_key`` names this
    regeneration: a second delivery of it finds the version the first stored. Runs outside
    any transaction."""
    existing = LessonContent.objects.filter(cache_key=cache_key).first()
    if existing is not None:
        return existing
    version = Version(
        attempt=base.generation_attempt + 1,
        regenerated_from=base,
        instruction=instruction,
        instructed_by="reviewer" if shared else "learner",
    )
    written = _write(
        lesson,
        style=base.learning_style,
        difficulty=base.difficulty,
        language=base.language,
        industry=industry,
        goal=goal,
        version=version,
        router=router,
        stream=stream,
    )
    fields = {
        **written.fields(lesson),
        "learning_style": base.learning_style,
        "difficulty": base.difficulty,
        "language": base.language,
        "regenerated_from": base,
        "generation_attempt": version.attempt,
    }
    if shared:
        query = reuse_query(
            topic=lesson_subject(lesson),
            style=base.learning_style,
            difficulty=base.difficulty,
            language=base.language,
            schema_version=SCHEMA_VERSION,
        )
        content, _ = shared_version_create(query=query, cache_key=cache_key, fields=fields)
        return content
    content, _ = LessonContent.objects.get_or_create(
        cache_key=cache_key, defaults={**fields, "reusable": False, "personal_lesson": lesson}
    )
    return content
