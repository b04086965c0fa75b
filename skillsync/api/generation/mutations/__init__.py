"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import retire_prompt_variant


@strawberry.type
class GenerationMutation:
    retire_prompt_variant = retire_prompt_variant.field
