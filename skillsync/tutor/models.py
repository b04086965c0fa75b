"""The tutor chat: a learner's questions about one of their lessons and the tutor's answers.

History is per learner and lesson (``user`` is the lesson's owner, who alone reads it). Each
message records the lesson content it was about at the time (the lesson may show another
version later). A tutor answer is written by a worker: ``pending`` until one claims it,
``streaming`` while the provider writes it (``stream_text``/``stream_sequence`` as for a
lesson's stream), then ``complete`` with its citations or ``failed`` with a code.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Func
from django.db.models.lookups import Exact
from django.utils import timezone

from skillsync.core.db.constraints import choices_check, max_length
from skillsync.learning.models import Lesson, LessonContent
from skillsync.tutor.choices import UNFINISHED, TutorFailure, TutorMessageStatus, TutorRole

QUESTION_MAX_LENGTH = 1000
TEXT_MAX_LENGTH = 4000


class TutorMessage(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tutor_messages"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="tutor_messages")
    # The content the lesson showed when the question was asked: what the answer is about.
    content = models.ForeignKey(
        LessonContent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A tutor answer's question.
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="answers"
    )
    role = models.CharField(max_length=16, choices=TutorRole.choices)
    text = models.TextField(blank=True)
    # [{id, kind: "section" | "passage", title, url?}], each resolving in the content.
    citations = models.JSONField(default=list)
    status = models.CharField(max_length=16, choices=TutorMessageStatus.choices)
    error_code = models.CharField(max_length=32, choices=TutorFailure.choices, blank=True)
    # A tutor answer's provider, model, tokens, cost, attempts and what its context held.
    generation_metadata = models.JSONField(default=dict)
    # The answer's text while it is written, and the number of the last piece announced.
    stream_text = models.TextField(blank=True, default="")
    stream_sequence = models.PositiveIntegerField(default=0)
    # Deliveries that claimed the answer (a later one fences out an earlier one's writes).
    deliveries = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    # Set by the service (not auto_now_add): a question and its answer are created together
    # and must sort in that order.
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["user", "lesson", "created_at"], name="tutor_user_lesson_time")
        ]
        constraints = [
            choices_check("role", TutorRole, "tutor_role_valid"),
            choices_check("status", TutorMessageStatus, "tutor_status_valid"),
            models.CheckConstraint(
                condition=models.Q(error_code="")
                | models.Q(error_code__in=TutorFailure.values, status=TutorMessageStatus.FAILED),
                name="tutor_error_code_only_when_failed",
            ),
            # A learner's message is complete the moment it is stored.
            models.CheckConstraint(
                condition=~models.Q(role=TutorRole.LEARNER)
                | models.Q(status=TutorMessageStatus.COMPLETE),
                name="tutor_learner_message_complete",
            ),
            max_length("text", TEXT_MAX_LENGTH, "tutor_text_max_length"),
            models.CheckConstraint(
                condition=Exact(
                    Func("citations", function="jsonb_typeof", output_field=models.TextField()),
                    "array",
                ),
                name="tutor_citations_is_list",
            ),
            # One answer at a time per learner and lesson: the backstop of TUTOR_BUSY.
            models.UniqueConstraint(
                fields=["user", "lesson"],
                condition=models.Q(role=TutorRole.TUTOR, status__in=UNFINISHED),
                name="tutor_one_unfinished_answer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role} on {self.lesson_id}: {self.status}"
