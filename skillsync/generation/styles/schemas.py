"""The four lesson styles as pydantic models (stored in ``LessonContent.content``).

Every part that states facts carries ``cites``: ids of the research passages it relies on
(see ``skillsync.research.passages``); ``checks.py`` makes sure each resolves.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2

Short = Annotated[str, Field(min_length=1, max_length=200)]
Text = Annotated[str, Field(min_length=1, max_length=6000)]
Code = Annotated[str, Field(max_length=8000)]
Cites = Annotated[list[Annotated[str, Field(min_length=1, max_length=40)]], Field(max_length=10)]
Difficulty = Literal["beginner", "intermediate", "advanced"]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Section(_Part):
    heading: Short
    body: Text  # Markdown
    cites: Cites = []


class QuizQuestion(_Part):
    question: Annotated[str, Field(min_length=1, max_length=500)]
    options: Annotated[list[Short], Field(min_length=2, max_length=6)]
    answer: Short  # one of the options, exactly
    explanation: Text
    cites: Cites = []


class Quiz(_Part):
    questions: Annotated[list[QuizQuestion], Field(min_length=1, max_length=10)]


class CodeExample(_Part):
    language: Annotated[str, Field(min_length=1, max_length=30)]
    code: Annotated[str, Field(min_length=1, max_length=8000)]
    explanation: Text
    cites: Cites = []


class Exercise(_Part):
    title: Short
    objective: Short
    difficulty: Difficulty
    instructions: Text
    language: Annotated[str, Field(min_length=1, max_length=30)]
    starter_code: Code
    expected_output: Code  # what the solution prints (stdout), checked by running it
    hints: Annotated[list[Text], Field(min_length=1, max_length=5)]
    solution: Annotated[str, Field(min_length=1, max_length=8000)]
    cites: Cites = []


class PracticeProject(_Part):
    title: Short
    description: Text
    requirements: Annotated[list[Text], Field(min_length=1, max_length=12)]
    starter_template: Code
    estimated_minutes: Annotated[int, Field(ge=5, le=600)]


class Chapter(_Part):
    start_seconds: Annotated[int, Field(ge=0)]
    title: Short


class VideoPick(_Part):
    passage_id: Annotated[str, Field(min_length=1, max_length=40)]  # a video passage
    why_watch: Text
    look_for: Annotated[list[Text], Field(min_length=1, max_length=8)]
    chapters: Annotated[list[Chapter], Field(max_length=30)] = []


class _Lesson(_Part):
    title: Short
    summary: Annotated[str, Field(min_length=1, max_length=1000)]
    key_concepts: Annotated[list[Short], Field(min_length=1, max_length=12)]
    quiz: Quiz


class HandsOnLesson(_Lesson):
    """About 70 % practice, 30 % theory."""

    style: Literal["hands_on"] = "hands_on"
    introduction: Annotated[list[Section], Field(min_length=1, max_length=4)]
    exercises: Annotated[list[Exercise], Field(min_length=1, max_length=8)]
    project: PracticeProject


class VideoLesson(_Lesson):
    """Videos found by research, with a study guide. When research found none (offline, or no
    key), ``videos`` is empty and ``search_terms`` says what to look for."""

    style: Literal["video"] = "video"
    videos: Annotated[list[VideoPick], Field(min_length=0, max_length=5)]
    search_terms: Annotated[list[Short], Field(max_length=5)] = []
    study_guide: Annotated[list[Section], Field(min_length=1, max_length=8)]


class ReadingLesson(_Lesson):
    """About 90 % text."""

    style: Literal["reading"] = "reading"
    sections: Annotated[list[Section], Field(min_length=2, max_length=14)]
    code_examples: Annotated[list[CodeExample], Field(max_length=10)] = []
    diagrams: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=4000)]], Field(max_length=4)
    ] = []  # Mermaid
    key_takeaways: Annotated[list[Text], Field(min_length=1, max_length=10)]


class MixedLesson(_Lesson):
    style: Literal["mixed"] = "mixed"
    sections: Annotated[list[Section], Field(min_length=1, max_length=10)]
    exercises: Annotated[list[Exercise], Field(min_length=1, max_length=5)]
    videos: Annotated[list[VideoPick], Field(max_length=3)] = []


Lesson = Annotated[
    HandsOnLesson | VideoLesson | ReadingLesson | MixedLesson, Field(discriminator="style")
]
STYLES: dict[str, type[_Lesson]] = {
    "hands_on": HandsOnLesson,
    "video": VideoLesson,
    "reading": ReadingLesson,
    "mixed": MixedLesson,
}
