from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import ModuleType
from skillsync.api.permissions import IsAuthenticated
from skillsync.api.throttle import throttle_expensive
from skillsync.generation.queue import module_generation_request
from skillsync.learning.selectors import access_module


def generate_module_lessons(info: Info[Any, Any], module_id: strawberry.ID) -> ModuleType:
    """Queue the generation of the module's lessons; returns at once with their statuses."""
    user = viewer(info)
    access_module(user=user, module_id=module_id)  # not found before any throttling
    throttle_expensive(user=user, action="generation")
    module = module_generation_request(user=user, module_id=module_id)
    return cast(ModuleType, access_module(user=user, module_id=module.pk, refine=loader(info)))


field = strawberry.mutation(resolver=generate_module_lessons, permission_classes=[IsAuthenticated])
