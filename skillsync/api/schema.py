"""The GraphQL schema: each domain contributes a query and a mutation class."""

from __future__ import annotations

import strawberry
from strawberry_django.optimizer import DjangoOptimizerExtension

from skillsync.api.accounts.mutations import AccountsMutation
from skillsync.api.accounts.queries import AccountsQuery
from skillsync.api.errors import ErrorCodes, SkillSyncSchema
from skillsync.api.learning.mutations import LearningMutation
from skillsync.api.learning.queries import LearningQuery
from skillsync.api.limits import hardening_extensions, schema_config


@strawberry.type
class Query(AccountsQuery, LearningQuery):
    pass


@strawberry.type
class Mutation(AccountsMutation, LearningMutation):
    pass


schema = SkillSyncSchema(
    query=Query,
    mutation=Mutation,
    extensions=[*hardening_extensions(), DjangoOptimizerExtension, ErrorCodes],
    config=schema_config(),
)
