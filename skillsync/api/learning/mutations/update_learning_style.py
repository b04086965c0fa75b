from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.accounts.types import LearnerProfileType
from skillsync.api.context import viewer
from skillsync.api.enums import LearningStyle
from skillsync.learning.services import profile_update_learning_style


def update_learning_style(
    info: Info[Any, Any], learning_style: LearningStyle
) -> LearnerProfileType:
    """Change the viewer's learning style; planned lessons without content follow it."""
    profile = profile_update_learning_style(user=viewer(info), learning_style=learning_style.value)
    return cast(LearnerProfileType, profile)


field = strawberry.mutation(resolver=update_learning_style)
