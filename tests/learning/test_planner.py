"""The built-in roadmap planner: deterministic, paced by level and hours, goal-aware."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skillsync.learning.planner import (
    MAX_MODULES,
    MIN_MODULES,
    BuiltinRoadmapPlanner,
    PlannerProfile,
    find_track,
    module_count,
    skill_from_goal,
)
from skillsync.learning.tracks import TRACKS, TrackFileError, load_tracks


def profile(**overrides: object) -> PlannerProfile:
    values: dict[str, object] = {
        "goal": "Learn Python",
        "experience_level": "beginner",
        "weekly_hours": 5,
        "learning_style": "mixed",
    }
    values.update(overrides)
    return PlannerProfile(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("level", "hours", "expected"),
    [
        ("beginner", 1, MIN_MODULES),  # 12 h of study still gets a real path
        ("beginner", 5, 10),  # 60 h / 6 h per module
        ("intermediate", 5, 8),  # 60 h / 8 h per module (rounded)
        ("advanced", 5, 6),  # 60 h / 10 h per module
        ("beginner", 80, MAX_MODULES),  # capped
    ],
)
def test_module_count_follows_level_and_weekly_hours(level: str, hours: int, expected: int) -> None:
    assert module_count(experience_level=level, weekly_hours=hours) == expected


@pytest.mark.parametrize(
    ("goal", "track"),
    [
        ("Become a backend developer with Django", "django"),
        ("I want to learn k8s for my job", "kubernetes"),
        ("React Native? no, plain React for the web", "react"),
        ("Get into data science with pandas", "data-science"),
        ("learn golang", "golang"),
        ("Node.js APIs", "node"),
        ("Java and Spring Boot", "java"),
        ("PostgreSQL performance", "sql"),
    ],
)
def test_goals_find_their_track(goal: str, track: str) -> None:
    found = find_track(goal)
    assert found is not None
    assert found.key == track


@pytest.mark.parametrize("goal", ["Learn Preact", "I want to go to work", "Master pottery"])
def test_near_misses_and_unknown_goals_find_no_track(goal: str) -> None:
    assert find_track(goal) is None


def test_same_profile_gives_the_same_roadmap() -> None:
    planner = BuiltinRoadmapPlanner()
    assert planner.plan(profile()) == planner.plan(profile())


def test_every_planned_lesson_is_a_module_topic() -> None:
    plan = BuiltinRoadmapPlanner().plan(profile(weekly_hours=10))
    for module in plan.modules:
        assert [lesson.title for lesson in module.lessons] == list(module.topics)
        assert 3 <= len(module.lessons) <= 5


def test_levels_start_further_along_the_track() -> None:
    planner = BuiltinRoadmapPlanner()
    beginner = planner.plan(profile(experience_level="beginner"))
    advanced = planner.plan(profile(experience_level="advanced"))
    assert beginner.modules[0].difficulty == "beginner"
    assert advanced.modules[0].title != beginner.modules[0].title
    assert {m.difficulty for m in advanced.modules} <= {"intermediate", "advanced"}
    assert advanced.modules[0].estimated_hours > beginner.modules[0].estimated_hours


def test_an_unknown_goal_still_gets_a_sensible_generic_roadmap() -> None:
    plan = BuiltinRoadmapPlanner().plan(profile(goal="Learn Elixir for web apps"))
    assert plan.skill == "Elixir"
    assert plan.modules[0].title == "Elixir foundations"
    assert len(plan.modules) >= MIN_MODULES


def test_industry_shapes_the_descriptions() -> None:
    plan = BuiltinRoadmapPlanner().plan(profile(industry="healthcare"))
    assert "healthcare" in plan.description
    assert all("healthcare" in m.description for m in plan.modules)


@pytest.mark.parametrize(
    ("goal", "skill"),
    [
        ("Learn Elixir", "Elixir"),
        ("I want to master Haskell to write compilers", "Haskell"),
        ("", "Programming"),
    ],
)
def test_skill_from_goal(goal: str, skill: str) -> None:
    assert skill_from_goal(goal) == skill


def test_tracks_are_well_formed() -> None:
    seen_aliases: set[str] = set()
    for track in TRACKS:
        assert 10 <= len(track.modules) <= 12, track.key
        topics = [t for m in track.modules for t in m.topics]
        assert len(topics) == len(set(topics)), track.key
        assert not seen_aliases & set(track.aliases), track.key
        seen_aliases |= set(track.aliases)


def _write_track_file(tmp_path: Path, **changes: object) -> Path:
    module = {"title": "M", "description": "D", "level": "beginner", "topics": ["a", "b", "c"]}
    modules = [{**module, "topics": [f"t{i}a", f"t{i}b", f"t{i}c"]} for i in range(10)]
    track: dict[str, object] = {"key": "demo", "name": "Demo", "aliases": ["demo"]}
    track.update(changes)
    lines = [
        f'[[tracks]]\nkey = {json.dumps(track["key"])}\nname = "Demo"',
        f"aliases = {json.dumps(track['aliases'])}",
    ]
    for m in track.get("modules", modules):  # type: ignore[attr-defined]
        lines.append("[[tracks.modules]]")
        lines.extend(f"{k} = {json.dumps(v)}" for k, v in m.items())
    path = tmp_path / "tracks.toml"
    path.write_text("\n".join(lines))
    return path


def test_a_valid_track_file_loads(tmp_path: Path) -> None:
    (track,) = load_tracks(_write_track_file(tmp_path))
    assert track.key == "demo"
    assert len(track.modules) == 10


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {
                "modules": [
                    {
                        "title": "M",
                        "description": "D",
                        "level": "beginner",
                        "topics": ["a", "b", "c"],
                    }
                ]
                * 10
            },
            "unique",
        ),
        ({"aliases": ["Demo"]}, "lowercase"),
        (
            {
                "modules": [
                    {"title": "M", "description": "D", "level": "expert", "topics": ["a", "b", "c"]}
                ]
            },
            "unknown level",
        ),
        (
            {"modules": [{"title": "M", "description": "D", "level": "beginner", "topics": ["a"]}]},
            "3 to 5 topics",
        ),
    ],
)
def test_a_malformed_track_file_is_refused_naming_the_rule(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(TrackFileError, match=message):
        load_tracks(_write_track_file(tmp_path, **changes))
