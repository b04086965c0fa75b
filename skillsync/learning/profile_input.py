"""Validation of what a learner tells us at onboarding. Raises INVALID_INPUT naming the field."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillsync.core.errors import InvalidInputError
from skillsync.core.text import clean_line
from skillsync.learning.choices import CareerStage, Difficulty, LearningStyle

MAX_GOAL_CHARS = 500
MAX_INDUSTRY_CHARS = 100
MIN_WEEKLY_HOURS, MAX_WEEKLY_HOURS = 1, 80
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


@dataclass(frozen=True)
class ProfileInput:
    goal: str
    experience_level: str
    weekly_hours: int
    learning_style: str
    career_stage: str
    industry: str = ""
    preferred_language: str = "en"


def _choice(field: str, value: str, choices: type[LearningStyle | Difficulty | CareerStage]) -> str:
    if value not in choices.values:
        allowed = ", ".join(choices.values)
        raise InvalidInputError(field, f"unknown value {value[:40]!r}; expected one of {allowed}")
    return value


def validate_learning_style(value: str) -> str:
    return _choice("learning_style", value, LearningStyle)


def validate_profile(data: ProfileInput) -> ProfileInput:
    """A cleaned copy of ``data`` or INVALID_INPUT for the first bad field."""
    goal = clean_line("goal", data.goal, max_chars=MAX_GOAL_CHARS, required=True)
    industry = clean_line("industry", data.industry, max_chars=MAX_INDUSTRY_CHARS)
    if not MIN_WEEKLY_HOURS <= data.weekly_hours <= MAX_WEEKLY_HOURS:
        raise InvalidInputError(
            "weekly_hours",
            f"weekly hours must be between {MIN_WEEKLY_HOURS} and {MAX_WEEKLY_HOURS}",
        )
    language = data.preferred_language.strip()
    if not _LANGUAGE.fullmatch(language):
        raise InvalidInputError(
            "preferred_language", "expected a language tag such as 'en' or 'pt-BR'"
        )
    return ProfileInput(
        goal=goal,
        experience_level=_choice("experience_level", data.experience_level, Difficulty),
        weekly_hours=data.weekly_hours,
        learning_style=validate_learning_style(data.learning_style),
        career_stage=_choice("career_stage", data.career_stage, CareerStage),
        industry=industry,
        preferred_language=language,
    )
