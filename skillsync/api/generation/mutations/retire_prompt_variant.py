from __future__ import annotations

from typing import cast

import strawberry

from skillsync.api.generation.types import PromptVariantType
from skillsync.api.permissions import IsStaff
from skillsync.generation.variants import prompt_variant_retire


def retire_prompt_variant(name: str) -> PromptVariantType:
    """Staff: never assign this prompt variant again (its lessons and outcomes stay).
    LAST_ACTIVE_VARIANT when it is its style's last active one."""
    return cast(PromptVariantType, prompt_variant_retire(name=name))


field = strawberry.mutation(resolver=retire_prompt_variant, permission_classes=[IsStaff])
