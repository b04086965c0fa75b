"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import (
    add_lesson,
    add_module,
    answer_review,
    complete_onboarding,
    generate_lesson,
    generate_module_lessons,
    mark_lesson_complete,
    move_lesson,
    move_module,
    regenerate_lesson,
    remove_lesson,
    remove_module,
    rename_lesson,
    rename_module,
    rename_roadmap,
    restore_lesson,
    restore_module,
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
    # Editing a roadmap (learning/editing.py).
    rename_roadmap = rename_roadmap.field
    rename_module = rename_module.field
    move_module = move_module.field
    add_module = add_module.field
    remove_module = remove_module.field
    restore_module = restore_module.field
    rename_lesson = rename_lesson.field
    move_lesson = move_lesson.field
    add_lesson = add_lesson.field
    remove_lesson = remove_lesson.field
    restore_lesson = restore_lesson.field
    # Spaced-repetition reviews (learning/reviews/).
    answer_review = answer_review.field
