"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import (
    complete_onboarding,
    generate_lesson,
    generate_module_lessons,
    mark_lesson_complete,
    regenerate_lesson,
    start_lesson,
    submit_quiz,
    switch_lesson_style,
    update_learning_style,
)


@strawberry.type
class LearningMutation:
    complete_onboarding = complete_onboarding.field
    mark_lesson_complete = mark_lesson_complete.field
    update_learning_style = update_learning_style.field
    generate_module_lessons = generate_module_lessons.field
    generate_lesson = generate_lesson.field
    regenerate_lesson = regenerate_lesson.field
    switch_lesson_style = switch_lesson_style.field
    start_lesson = start_lesson.field
    submit_quiz = submit_quiz.field
