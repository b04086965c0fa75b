"""The GraphQL schema: each domain contributes a query and a mutation class."""

from __future__ import annotations

import strawberry
from strawberry_django.optimizer import DjangoOptimizerExtension

from skillsync.api.accounts.mutations import AccountsMutation
from skillsync.api.accounts.queries import AccountsQuery
from skillsync.api.errors import ErrorCodes, SkillSyncSchema
from skillsync.api.learning.mutations import LearningMutation
from skillsync.api.learning.queries import LearningQuery
from skillsync.api.learning.subscriptions import LearningSubscription
from skillsync.api.limits import hardening_extensions, schema_config
from skillsync.api.websocket import SubscriptionSchema


@strawberry.type
class Query(AccountsQuery, LearningQuery):
    pass


@strawberry.type
class Mutation(AccountsMutation, LearningMutation):
    pass


@strawberry.type
class Subscription(LearningSubscription):
    pass


def _build[S: SkillSyncSchema](kind: type[S]) -> S:
    return kind(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[*hardening_extensions(), DjangoOptimizerExtension, ErrorCodes],
        config=schema_config(),
    )


schema = _build(SkillSyncSchema)
# The same schema over WebSocket, where only subscriptions run (see websocket.py).
subscription_schema = _build(SubscriptionSchema)
