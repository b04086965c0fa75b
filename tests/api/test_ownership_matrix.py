"""Ownership, derived from the schema itself: every query and mutation that takes an id is
called by learner B with learner A's id and with an id that exists nowhere, and the two answers
must be identical. Fields added later are covered without touching this test — unless they
take an id of a kind it cannot make, which fails loudly below."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    get_named_type,
)

from skillsync.accounts.models import User
from skillsync.api.schema import schema
from skillsync.community.models import (
    ApprovalEvent,
    ContentFlag,
    CurationProfile,
    LessonVote,
    MentorReview,
    ReviewVote,
)
from skillsync.learning.models import (
    Lesson,
    LessonContent,
    LessonProgress,
    QuizAttempt,
    ReviewCard,
)
from skillsync.tutor.models import TutorMessage
from tests.conftest import access_token, post_graphql
from tests.factories import LessonContentFactory, UserFactory
from tests.learning.editing_support import structure

GRAPHQL_SCHEMA = schema._schema
SCALAR_SAMPLES: dict[str, Any] = {"String": "x", "Int": 1, "Float": 1.0, "Boolean": True}


def _takes_id(arg_type: GraphQLInputType) -> bool:
    named = get_named_type(arg_type)
    if isinstance(named, GraphQLScalarType):
        return named.name == "ID"
    if isinstance(named, GraphQLInputObjectType):
        return any(_takes_id(field.type) for field in named.fields.values())
    return False


def _fields_taking_ids() -> list[tuple[str, str, GraphQLField]]:
    found = []
    for operation, root in (
        ("query", GRAPHQL_SCHEMA.query_type),
        ("mutation", GRAPHQL_SCHEMA.mutation_type),
    ):
        assert root is not None
        for name, field in root.fields.items():
            if any(_takes_id(arg.type) for arg in field.args.values()):
                found.append((operation, name, field))
    return found


FIELDS = _fields_taking_ids()


def test_the_walk_finds_the_fields_we_know() -> None:
    names = {name for _, name, _ in FIELDS}
    assert {"roadmap", "module", "lesson", "markLessonComplete", "setUserRole"} <= names
    assert {"startLesson", "submitQuiz", "voteLesson"} <= names
    assert {"renameRoadmap", "moveModule", "addModule", "removeModule", "restoreModule"} <= names
    assert {"renameLesson", "moveLesson", "addLesson", "removeLesson", "restoreLesson"} <= names
    assert {"askTutor", "tutorConversation"} <= names
    assert {"answerReview", "lessonMarkdown", "moduleMarkdown"} <= names
    assert {
        "flagLesson",
        "mentorReviewLesson",
        "reviewItem",
        "voteReview",
        "setMentorTier",
    } <= names


def _kind(arg_name: str, field: GraphQLField | None) -> str:
    """Which object an ID argument names: ``id`` the field's own type, ``xId`` an x."""
    if arg_name == "id":
        assert field is not None, "an input field named plain `id`: name it `<thing>Id`"
        return get_named_type(field.type).name.lower()
    return arg_name.removesuffix("Id").lower()


def _value(arg_type: GraphQLInputType, kind: str, ids: dict[str, str]) -> Any:
    named = get_named_type(arg_type)
    if isinstance(named, GraphQLScalarType):
        if named.name == "ID":
            assert kind in ids, f"the ownership matrix cannot make an id of kind {kind!r}: add it"
            return ids[kind]
        return SCALAR_SAMPLES[named.name]
    if isinstance(named, GraphQLEnumType):
        return next(iter(named.values))
    assert isinstance(named, GraphQLInputObjectType)
    return {
        name: _value(field.type, _kind(name, None), ids)
        for name, field in named.fields.items()
        if isinstance(field.type, GraphQLNonNull) or _takes_id(field.type)
    }


def _operation(operation: str, name: str, field: GraphQLField) -> str:
    params = ", ".join(f"${arg}: {arg_def.type}" for arg, arg_def in field.args.items())
    args = ", ".join(f"{arg}: ${arg}" for arg in field.args)
    selection = (
        " { __typename }" if isinstance(get_named_type(field.type), GraphQLObjectType) else ""
    )
    return f"{operation}({params}) {{ {name}({args}){selection} }}"


@pytest.mark.parametrize(("operation", "name", "field"), FIELDS, ids=[n for _, n, _ in FIELDS])
def test_someone_elses_id_answers_exactly_like_a_missing_one(
    client: Client,
    user: User,
    other_user: User,
    onboard: Callable[..., Any],
    operation: str,
    name: str,
    field: GraphQLField,
) -> None:
    roadmap = onboard(user)
    lesson = Lesson.objects.filter(module__roadmap=roadmap).select_related("module").first()
    assert lesson is not None
    # A's lesson shows content, so fields about content have something of A's to be refused.
    lesson.content = LessonContentFactory.create()
    lesson.save(update_fields=["content"])
    # A review of A's content, by a mentor other than B.
    review = MentorReview.objects.create(
        content=lesson.content,
        reviewer=UserFactory.create(),
        decision="approve",
        comments="Fine.",
        binding=True,
        reviewer_tier="mentor",
        status_before="pending",
    )
    # A review card of A's.
    now = timezone.now()
    card = ReviewCard.objects.create(
        user=user,
        lesson=lesson,
        content=lesson.content,
        question_index=0,
        question_key="0" * 64,
        due_at=now,
        last_reviewed_at=now,
    )
    card_row = ReviewCard.objects.values().get(pk=card.pk)
    owned = {
        "roadmap": str(roadmap.id),
        "module": str(lesson.module_id),
        "lesson": str(lesson.id),
        "content": str(lesson.content.id),
        "user": str(user.id),
        "review": str(review.id),
        "card": str(card.id),
    }
    missing = {kind: str(uuid.uuid4()) for kind in owned}
    query = _operation(operation, name, field)
    token = access_token(other_user)

    def call(ids: dict[str, str]) -> dict[str, Any]:
        variables = {arg: _value(d.type, _kind(arg, field), ids) for arg, d in field.args.items()}
        return post_graphql(client, query, variables, token=token)

    shape = structure(roadmap)  # A's roadmap as edits could change it
    foreign, nowhere = call(owned), call(missing)

    assert foreign["data"] is None, foreign
    assert [(e["message"], e["extensions"]) for e in foreign["errors"]] == [
        (e["message"], e["extensions"]) for e in nowhere["errors"]
    ]
    assert foreign["errors"][0]["extensions"]["code"] in {"NOT_FOUND", "FORBIDDEN"}
    # And nothing of A's changed.
    assert not LessonProgress.objects.exists()
    assert not QuizAttempt.objects.exists()
    assert not LessonVote.objects.exists()
    assert not ContentFlag.objects.exists()
    assert not ReviewVote.objects.exists()
    assert not ApprovalEvent.objects.exists()
    assert not TutorMessage.objects.exists()
    assert MentorReview.objects.get() == review
    assert list(ReviewCard.objects.values()) == [card_row]
    assert not CurationProfile.objects.exists()
    user.refresh_from_db()
    assert user.role == "learner"
    assert structure(roadmap) == shape
    assert LessonContent.objects.get(pk=lesson.content.pk).approval_status == "pending"
