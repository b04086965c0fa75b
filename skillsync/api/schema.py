"""The GraphQL schema: each domain contributes a query and a mutation class."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.types import ExecutionContext
from strawberry_django.optimizer import DjangoOptimizerExtension

from skillsync.api.accounts.mutations import AccountsMutation
from skillsync.api.accounts.queries import AccountsQuery
from skillsync.api.errors import ErrorCodes, is_unexpected
from skillsync.api.limits import hardening_extensions, schema_config
from skillsync.api.learning.mutations import LearningMutation
from skillsync.api.learning.queries import LearningQuery


@strawberry.type
class Query(AccountsQuery, LearningQuery):
    pass


@strawberry.type
class Mutation(AccountsMutation, LearningMutation):
    pass


class SkillSyncSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log only what is a bug: expected errors (a service's SkillSyncError, invalid
        queries) are answers to the client, and tracebacks of them would bury real failures."""
        unexpected = [error for error in errors if is_unexpected(error)]
        if unexpected:
            super().process_errors(unexpected, execution_context)


schema = SkillSyncSchema(
    query=Query,
    mutation=Mutation,
    extensions=[*hardening_extensions(), DjangoOptimizerExtension, ErrorCodes],
    config=schema_config(),
)
