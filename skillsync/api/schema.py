"""The GraphQL schema: each domain contributes a query and a mutation class."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.schema.schema import DEFAULT_ALLOWED_OPERATION_TYPES
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType
from strawberry_django.optimizer import DjangoOptimizerExtension

from skillsync.api.accounts.mutations import AccountsMutation
from skillsync.api.accounts.queries import AccountsQuery
from skillsync.api.analytics.mutations import AnalyticsMutation
from skillsync.api.analytics.queries import AnalyticsQuery
from skillsync.api.community.mutations import CommunityMutation
from skillsync.api.community.queries import CommunityQuery
from skillsync.api.errors import ErrorCodes, SkillSyncSchema
from skillsync.api.generation.mutations import GenerationMutation
from skillsync.api.generation.queries import GenerationQuery
from skillsync.api.learning.mutations import LearningMutation
from skillsync.api.learning.queries import LearningQuery
from skillsync.api.learning.subscriptions import LearningSubscription
from skillsync.api.limits import hardening_extensions, schema_config
from skillsync.api.metrics import GraphQLMetrics
from skillsync.api.tutor.mutations import TutorMutation
from skillsync.api.tutor.queries import TutorQuery
from skillsync.api.tutor.subscriptions import TutorSubscription
from skillsync.api.websocket import SubscriptionSchema


@strawberry.type
class Query(
    AccountsQuery, LearningQuery, GenerationQuery, CommunityQuery, TutorQuery, AnalyticsQuery
):
    pass


@strawberry.type
class Mutation(
    AccountsMutation,
    LearningMutation,
    GenerationMutation,
    CommunityMutation,
    TutorMutation,
    AnalyticsMutation,
):
    pass


@strawberry.type
class Subscription(LearningSubscription, TutorSubscription):
    pass


def _build[S: SkillSyncSchema](kind: type[S]) -> S:
    return kind(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        # GraphQLMetrics first: it counts once ErrorCodes (last) has coded every error.
        extensions=[GraphQLMetrics, *hardening_extensions(), DjangoOptimizerExtension, ErrorCodes],
        config=schema_config(),
    )


class HttpSchema(SkillSyncSchema):
    """The schema over HTTP: queries and mutations; subscriptions need the WebSocket."""

    def execute_sync(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        allowed = kwargs.get("allowed_operation_types") or DEFAULT_ALLOWED_OPERATION_TYPES
        kwargs["allowed_operation_types"] = set(allowed) - {OperationType.SUBSCRIPTION}
        return super().execute_sync(*args, **kwargs)


schema = _build(HttpSchema)
# The same schema over WebSocket, where only subscriptions run (see websocket.py).
subscription_schema = _build(SubscriptionSchema)
