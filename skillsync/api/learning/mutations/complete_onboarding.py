from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.enums import CareerStage, Difficulty, LearningStyle
from skillsync.api.learning.types import RoadmapType
from skillsync.api.throttle import throttle_expensive
from skillsync.generation.planning import LLMRoadmapPlanner
from skillsync.learning.profile_input import ProfileInput
from skillsync.learning.selectors import access_roadmap
from skillsync.learning.services import onboarding_complete


@strawberry.input
class OnboardingInput:
    goal: str
    experience_level: Difficulty
    weekly_hours: int
    learning_style: LearningStyle
    career_stage: CareerStage
    industry: str = ""
    preferred_language: str = "en"


def complete_onboarding(info: Info[Any, Any], input: OnboardingInput) -> RoadmapType:
    """Save the learner's profile and plan a roadmap: modules and lessons, no content yet."""
    user = viewer(info)
    throttle_expensive(user=user, action="onboarding")
    roadmap = onboarding_complete(
        user=user,
        planner=LLMRoadmapPlanner(),
        profile=ProfileInput(
            goal=input.goal,
            experience_level=input.experience_level.value,
            weekly_hours=input.weekly_hours,
            learning_style=input.learning_style.value,
            career_stage=input.career_stage.value,
            industry=input.industry,
            preferred_language=input.preferred_language,
        ),
    )
    return cast(RoadmapType, access_roadmap(user=user, roadmap_id=roadmap.id, refine=loader(info)))


field = strawberry.mutation(resolver=complete_onboarding)
