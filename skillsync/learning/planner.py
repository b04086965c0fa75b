"""Roadmap planning: from a learner's profile to modules with planned lessons (no content).

``RoadmapPlanner`` is the seam: the built-in planner here is deterministic and instant; an LLM
planner can implement the same protocol later. A planner never writes to the database; the
onboarding service stores what it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from skillsync.learning.choices import Difficulty
from skillsync.learning.tracks import TRACKS, Track, TrackModule

# How long a roadmap should take, and how many hours one module takes at each level.
PLAN_WEEKS = 12
HOURS_PER_MODULE = {Difficulty.BEGINNER: 6, Difficulty.INTERMEDIATE: 8, Difficulty.ADVANCED: 10}
MIN_MODULES, MAX_MODULES = 3, 12
# Where in a track each level starts (a fraction of its modules already known).
LEVEL_START = {Difficulty.BEGINNER: 0.0, Difficulty.INTERMEDIATE: 0.25, Difficulty.ADVANCED: 0.5}


@dataclass(frozen=True)
class PlannerProfile:
    goal: str
    experience_level: str
    weekly_hours: int
    learning_style: str
    industry: str = ""
    career_stage: str = ""
    language: str = "en"


@dataclass(frozen=True)
class PlannedLesson:
    title: str


@dataclass(frozen=True)
class PlannedModule:
    title: str
    description: str
    topics: tuple[str, ...]
    difficulty: str
    estimated_hours: int
    lessons: tuple[PlannedLesson, ...]


@dataclass(frozen=True)
class PlannedRoadmap:
    skill: str
    title: str
    description: str
    difficulty: str
    modules: tuple[PlannedModule, ...] = field(default_factory=tuple)
    # A stand-in answered while the real planner was too slow: improve it in the background.
    needs_refinement: bool = False


class RoadmapPlanner(Protocol):
    def plan(self, profile: PlannerProfile) -> PlannedRoadmap: ...


def module_count(*, experience_level: str, weekly_hours: int) -> int:
    """Modules that fit the plan horizon at this pace, within sensible bounds."""
    total_hours = weekly_hours * PLAN_WEEKS
    per_module = HOURS_PER_MODULE[Difficulty(experience_level)]
    return max(MIN_MODULES, min(MAX_MODULES, round(total_hours / per_module)))


def find_track(goal: str) -> Track | None:
    """The track whose alias appears earliest in the goal (whole words only)."""
    text = goal.lower()
    best: tuple[int, int, Track] | None = None
    for track in TRACKS:
        for alias in track.aliases:
            match = re.search(rf"(?<![\w.+#-]){re.escape(alias)}(?![\w+#-]|\.\w)", text)
            if match:
                # Earliest mention wins; a longer alias wins a tie ("react native" > "react").
                key = (match.start(), -len(alias))
                if best is None or key < best[:2]:
                    best = (*key, track)
    return best[2] if best else None


_GOAL_NOISE = re.compile(
    r"^(i want to |i'd like to |i would like to )?(learn|master|get better at|become an?|"
    r"study|understand|improve( my)?)\s+",
    re.IGNORECASE,
)


def skill_from_goal(goal: str) -> str:
    """A short skill name for a goal no track knows: "Learn Elixir for web apps" -> "Elixir"."""
    text = _GOAL_NOISE.sub("", goal.strip()).strip(" .!")
    text = re.split(r"\s+(for|to|so|in order|because|with)\s+", text, maxsplit=1)[0]
    words = text.split()[:4] or ["Programming"]
    skill = " ".join(words)
    return skill[:1].upper() + skill[1:]


def _generic_modules(skill: str) -> tuple[TrackModule, ...]:
    """A sensible path for any skill: foundations first, a project and depth later."""
    b, i, a = "beginner", "intermediate", "advanced"
    rows: list[tuple[str, str, tuple[str, ...], str]] = [
        (
            f"{skill} foundations",
            f"What {skill} is, where it is used and the core vocabulary.",
            (
                f"What {skill} is and where it is used",
                f"Core vocabulary of {skill}",
                f"Setting up a {skill} environment",
            ),
            b,
        ),
        (
            f"Core concepts of {skill}",
            f"The ideas every {skill} practitioner relies on.",
            (
                f"The central building blocks of {skill}",
                f"Common patterns in {skill}",
                f"Reading and understanding existing {skill} work",
            ),
            b,
        ),
        (
            f"Tools and workflow for {skill}",
            "The everyday tools and a productive workflow.",
            (
                f"Essential {skill} tools",
                f"A day-to-day {skill} workflow",
                f"Finding answers in the {skill} documentation",
            ),
            b,
        ),
        (
            f"Hands-on practice with {skill}",
            "Small exercises that make the basics stick.",
            (
                f"Guided exercises in {skill}",
                f"Debugging common {skill} mistakes",
                f"Reviewing and improving your own {skill} work",
            ),
            i,
        ),
        (
            f"Intermediate {skill}",
            "Going beyond the basics with confidence.",
            (
                f"Intermediate {skill} techniques",
                f"Organising larger {skill} work",
                f"Quality and testing in {skill}",
            ),
            i,
        ),
        (
            f"A first {skill} project",
            "Plan and build a small end-to-end project.",
            (
                f"Planning a {skill} project",
                f"Building the {skill} project step by step",
                f"Presenting and documenting a {skill} project",
            ),
            i,
        ),
        (
            f"{skill} in production",
            "What changes when real users depend on your work.",
            (
                f"Reliability and performance in {skill}",
                f"Security considerations for {skill}",
                f"Maintaining {skill} work over time",
            ),
            a,
        ),
        (
            f"Advanced {skill}",
            "Depth for the problems experts face.",
            (
                f"Advanced {skill} techniques",
                f"Trade-offs experts weigh in {skill}",
                f"Staying current with {skill}",
            ),
            a,
        ),
    ]
    return tuple(
        TrackModule(title=t, description=d, topics=topics, level=lvl)  # type: ignore[arg-type]
        for t, d, topics, lvl in rows
    )


class BuiltinRoadmapPlanner:
    """Deterministic planner: the same profile always yields the same roadmap, instantly."""

    def plan(self, profile: PlannerProfile) -> PlannedRoadmap:
        level = Difficulty(profile.experience_level)
        track = find_track(profile.goal)
        skill = track.name if track else skill_from_goal(profile.goal)
        modules = track.modules if track else _generic_modules(skill)

        wanted = module_count(experience_level=level, weekly_hours=profile.weekly_hours)
        start = int(len(modules) * LEVEL_START[level])
        # Never fewer than the minimum: step back into earlier material if the tail is short.
        start = max(0, min(start, len(modules) - MIN_MODULES))
        chosen = modules[start : start + wanted]
        hours = HOURS_PER_MODULE[level]
        industry = profile.industry.strip()

        planned = tuple(
            PlannedModule(
                title=m.title,
                description=self._describe(m.description, industry),
                topics=m.topics,
                difficulty=m.level,
                estimated_hours=hours,
                lessons=tuple(PlannedLesson(title=topic) for topic in m.topics),
            )
            for m in chosen
        )
        level_name = level.label.lower()
        return PlannedRoadmap(
            skill=skill,
            title=f"{skill}: a {level_name} roadmap",
            description=(
                f"A {len(planned)}-module path towards: {profile.goal.strip()}. "
                f"Paced for {profile.weekly_hours} hours a week"
                + (f", with examples from {industry}." if industry else ".")
            ),
            difficulty=level.value,
            modules=planned,
        )

    @staticmethod
    def _describe(description: str, industry: str) -> str:
        if not industry:
            return description
        return f"{description} Examples are drawn from {industry}."
