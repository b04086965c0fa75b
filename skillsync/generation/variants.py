"""The prompt-variant registry: which wording of a style's prompt a lesson is written with.

Assignment is deterministic: a lesson's subject and style pick one of the style's active
variants by weighted rendezvous hashing (SHA-256, the same in every process and on every
machine), so the same subject is always written with the same wording while the registry is
unchanged, and over many subjects each variant gets its share of the weight. Retiring a variant
moves only the subjects it had; the others keep theirs.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from skillsync.core.errors import ErrorCode, NotFoundError, SkillSyncError
from skillsync.generation.models import PromptVariant
from skillsync.generation.prompts import PromptWording, base_wording

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    name: str
    weight: int


def _unit(text: str) -> float:
    """A number in (0, 1) from the text's SHA-256: stable across processes (unlike hash())."""
    digest = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
    return (digest + 0.5) / 2**64


def subject_key(subject: str) -> str:
    """The subject as assignment sees it: case and spacing do not matter."""
    return " ".join(subject.lower().split())


def variant_choose(*, subject: str, style: str, candidates: Sequence[Candidate]) -> str:
    """The candidate a subject gets: each candidate draws an exponential "arrival time" from
    the hash of (subject, style, its name) at rate ``weight``; the first to arrive wins, which
    happens with probability weight / total weight."""
    if not candidates:
        raise ValueError(f"no prompt variant to choose from for {style!r}")
    key = f"{subject_key(subject)}\x1f{style}"

    def arrival(candidate: Candidate) -> tuple[float, str]:
        return -math.log(_unit(f"{key}\x1f{candidate.name}")) / candidate.weight, candidate.name

    return min(candidates, key=arrival).name


def active_variants(*, style: str) -> list[PromptVariant]:
    return list(PromptVariant.objects.filter(style=style, retired_at__isnull=True))


def prompt_variant_for(*, subject: str, style: str) -> PromptWording:
    """The wording a lesson of ``subject`` in ``style`` is written with."""
    variants = {v.name: v for v in active_variants(style=style)}
    if not variants:  # the registry always keeps one; this guards a hand-edited database
        logger.warning("no active prompt variant for %s: using the base wording", style)
        return base_wording(style)
    name = variant_choose(
        subject=subject,
        style=style,
        candidates=[Candidate(v.name, v.weight) for v in variants.values()],
    )
    chosen = variants[name]
    return PromptWording(
        name=chosen.name, style_guide=chosen.style_guide, instruction=chosen.instruction
    )


@transaction.atomic
def prompt_variant_retire(*, name: str) -> PromptVariant:
    """Retire a variant: it is never assigned again. Refused (LAST_ACTIVE_VARIANT) when it is
    its style's last active one. Retiring a retired variant changes nothing."""
    variant = PromptVariant.objects.filter(name=name).first()
    if variant is None:
        raise NotFoundError("prompt variant")
    # Lock the style's variants: two admins retiring its last two at once cannot both win.
    same_style = list(PromptVariant.objects.select_for_update().filter(style=variant.style))
    variant = next(v for v in same_style if v.pk == variant.pk)
    if variant.retired_at is not None:
        return variant
    if not any(v.retired_at is None and v.pk != variant.pk for v in same_style):
        raise SkillSyncError(
            ErrorCode.LAST_ACTIVE_VARIANT,
            f"{name} is the last active prompt variant for {variant.style}: add another first",
            field="name",
        )
    variant.retired_at = timezone.now()
    variant.save(update_fields=["retired_at"])
    return variant
