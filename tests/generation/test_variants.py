"""Prompt variants: the seeded registry, deterministic weighted assignment (the same in every
process), retirement (never assigned again, one active per style kept), and the assigned
variant's wording in the prompt and its name in the lesson's metadata."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from skillsync.accounts.models import User
from skillsync.core.errors import SkillSyncError
from skillsync.generation.lessons import lesson_content_generate, lesson_subject
from skillsync.generation.models import PromptVariant
from skillsync.generation.prompts import STYLE_GUIDES
from skillsync.generation.variants import (
    Candidate,
    prompt_variant_for,
    prompt_variant_retire,
    variant_choose,
)
from skillsync.learning.choices import LearningStyle
from tests.conftest import access_token, error_of, post_graphql
from tests.factories import UserFactory
from tests.generation.versions_support import planned_lesson

SUBJECTS = [f"Python topic number {n}" for n in range(40)]
CANDIDATES = [Candidate("hands_on.base", 3), Candidate("hands_on.scenario", 1)]
RETIRE = "mutation($name: String!) { retirePromptVariant(name: $name) { name active retiredAt } }"

CHOOSE_IN_ANOTHER_PROCESS = """
import json, sys
import django
django.setup()
from skillsync.generation.variants import Candidate, variant_choose
subjects, candidates = json.loads(sys.stdin.read())
print(json.dumps([
    variant_choose(subject=s, style="hands_on", candidates=[Candidate(*c) for c in candidates])
    for s in subjects
]))
"""


def _choose(subject: str, candidates: list[Candidate] = CANDIDATES) -> str:
    return variant_choose(subject=subject, style="hands_on", candidates=candidates)


@pytest.mark.django_db
def test_the_registry_is_seeded_with_a_base_variant_per_style_worded_as_the_prompt() -> None:
    for style in LearningStyle.values:
        base = PromptVariant.objects.get(name=f"{style}.base")
        assert (base.style, base.style_guide, base.instruction) == (style, STYLE_GUIDES[style], "")
        assert base.active
        alternatives = PromptVariant.objects.filter(style=style).exclude(pk=base.pk)
        assert [(a.style_guide, a.active, a.weight) for a in alternatives] == [
            (STYLE_GUIDES[style], True, 1)
        ]
        assert alternatives[0].instruction


def test_the_same_subject_gets_the_same_variant_in_another_process() -> None:
    here = [_choose(subject) for subject in SUBJECTS]
    env = {
        **os.environ,
        "PYTHONHASHSEED": "4242",  # str hashes differ from this process's
        "DJANGO_SETTINGS_MODULE": "skillsync.settings.test",
    }
    payload = json.dumps([SUBJECTS, [[c.name, c.weight] for c in CANDIDATES]])
    there = subprocess.run(
        [sys.executable, "-c", CHOOSE_IN_ANOTHER_PROCESS],
        input=payload,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(there.stdout) == here
    assert set(here) == {"hands_on.base", "hands_on.scenario"}  # both are in use
    # Case and spacing of the subject do not matter; the style does.
    assert _choose("  PYTHON   topic number 7 ") == here[7]


@pytest.mark.parametrize("weights", [(3, 1), (1, 1), (1, 2, 5)], ids=["3:1", "1:1", "1:2:5"])
def test_over_many_subjects_each_variant_gets_its_share_of_the_weight(
    weights: tuple[int, ...],
) -> None:
    candidates = [Candidate(f"v{n}", weight) for n, weight in enumerate(weights)]
    subjects = 6000
    counts = Counter(_choose(f"subject {n}", candidates) for n in range(subjects))
    total = sum(weights)
    for candidate in candidates:
        expected = candidate.weight / total
        assert abs(counts[candidate.name] / subjects - expected) < 0.025, counts


def test_removing_a_variant_moves_only_the_subjects_it_had() -> None:
    three = [Candidate("a", 1), Candidate("b", 2), Candidate("c", 1)]
    before = {f"s{n}": _choose(f"s{n}", three) for n in range(2000)}
    after = {subject: _choose(subject, three[:2]) for subject in before}
    assert all(after[s] == before[s] for s in before if before[s] != "c")
    assert {after[s] for s in before if before[s] == "c"} == {"a", "b"}


@pytest.mark.django_db
def test_a_retired_variant_is_never_assigned_again() -> None:
    assignments = {prompt_variant_for(subject=s, style="video").name for s in SUBJECTS}
    assert assignments == {"video.base", "video.checkpoints"}

    prompt_variant_retire(name="video.checkpoints")

    assignments = {prompt_variant_for(subject=s, style="video").name for s in SUBJECTS}
    assert assignments == {"video.base"}
    retired = PromptVariant.objects.get(name="video.checkpoints")
    assert retired.retired_at is not None
    prompt_variant_retire(name="video.checkpoints")  # again: nothing changes
    assert PromptVariant.objects.get(pk=retired.pk).retired_at == retired.retired_at


@pytest.mark.django_db
def test_the_last_active_variant_of_a_style_cannot_be_retired() -> None:
    prompt_variant_retire(name="reading.base")

    with pytest.raises(SkillSyncError) as refused:
        prompt_variant_retire(name="reading.worked-example")

    assert refused.value.code == "LAST_ACTIVE_VARIANT"
    assert PromptVariant.objects.get(name="reading.worked-example").active
    # Other styles are not affected.
    assert PromptVariant.objects.filter(style="mixed", retired_at__isnull=True).count() == 2


@pytest.mark.django_db
def test_a_lesson_is_written_with_its_assigned_variant_and_records_its_name(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = planned_lesson(user, onboard, learning_style="hands_on", industry="finance")
    prompt_variant_retire(name="hands_on.base")  # the alternative is the only one left
    alternative = PromptVariant.objects.get(name="hands_on.scenario")

    content, reused = lesson_content_generate(
        lesson, difficulty="beginner", language="en", industry="finance"
    )

    assert not reused
    metadata = content.generation_metadata
    assert metadata["prompt_variant"] == "hands_on.scenario"
    assert alternative.style_guide in metadata["prompt"]
    assert alternative.instruction in metadata["prompt"]
    assert prompt_variant_for(subject=lesson_subject(lesson), style="hands_on").name == (
        "hands_on.scenario"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("caller", "code"), [("anonymous", "UNAUTHENTICATED"), ("learner", "FORBIDDEN")]
)
def test_only_staff_may_retire_a_variant(client: Any, caller: str, code: str) -> None:
    token = None if caller == "anonymous" else access_token(UserFactory.create())

    result = post_graphql(client, RETIRE, {"name": "mixed.alternating"}, token=token)

    assert error_of(result)["extensions"] == {"code": code}
    assert PromptVariant.objects.get(name="mixed.alternating").active


@pytest.mark.django_db
def test_staff_retire_a_variant_but_not_their_styles_last(client: Any) -> None:
    staff = access_token(UserFactory.create(is_staff=True))

    retired = post_graphql(client, RETIRE, {"name": "mixed.alternating"}, token=staff)
    last = post_graphql(client, RETIRE, {"name": "mixed.base"}, token=staff)
    missing = post_graphql(client, RETIRE, {"name": "mixed.nothing"}, token=staff)

    answer = retired["data"]["retirePromptVariant"]
    assert (answer["name"], answer["active"]) == ("mixed.alternating", False)
    assert answer["retiredAt"]
    assert error_of(last)["extensions"] == {"code": "LAST_ACTIVE_VARIANT", "field": "name"}
    assert PromptVariant.objects.get(name="mixed.base").active
    assert error_of(missing)["extensions"] == {"code": "NOT_FOUND"}
