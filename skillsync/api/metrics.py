"""Counts every GraphQL operation (``skillsync_graphql_operations_total``, see
``skillsync/core/metrics.py``) by its name, its type and its outcome: ``ok``, or the code of its
first error (``UNAUTHENTICATED``, ``GRAPHQL_VALIDATION_FAILED``, ``INTERNAL``, …).

It must be the outermost extension (first in the schema's list): extensions exit in reverse
order, so only then has ``ErrorCodes`` given every error its code when this one counts.
Requests refused before the schema runs (a bad token, a body too large) are not operations;
the HTTP metrics count them.
"""

from __future__ import annotations

from collections.abc import Iterator

from strawberry.extensions import SchemaExtension

from skillsync.core.metrics import graphql_operation_count


class GraphQLMetrics(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        outcome = "INTERNAL"  # unless the operation comes back
        try:
            yield
            errors = getattr(self.execution_context.result, "errors", None)
            outcome = _code(errors[0]) if errors else "ok"
        finally:
            graphql_operation_count(name=self._name(), operation_type=self._type(), outcome=outcome)

    def _name(self) -> str | None:
        try:
            return self.execution_context.operation_name
        except Exception:  # a document that could not be parsed names nothing
            return None

    def _type(self) -> str:
        try:
            return self.execution_context.operation_type.value
        except Exception:  # no document, or no such operation in it
            return "unknown"


def _code(error: object) -> str:
    extensions = getattr(error, "extensions", None) or {}
    code = extensions.get("code")
    return str(code) if code else "UNKNOWN"
