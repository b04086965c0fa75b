"""Every GraphQL error leaves with a machine-readable ``code`` (and ``field`` for input).

- SkillSyncError from a service already carries ``{code, field}`` in its extensions.
- Errors raised by GraphQL validation or input coercion get ``GRAPHQL_VALIDATION_FAILED`` and,
  where it can be known, the offending input field.
- Anything else is a bug: its message is replaced (internals never reach clients) and it gets
  ``INTERNAL``; the original is logged by strawberry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import strawberry
from graphql import DocumentNode, GraphQLError, Node, visit
from graphql.language import ArgumentNode, ObjectFieldNode, Visitor
from strawberry.extensions import SchemaExtension
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types import ExecutionContext

from skillsync.core.errors import ErrorCode, SkillSyncError

# graphql-core reports a bad variable as "Variable '$input' has invalid value at .a.b: ...".
_VARIABLE_PATH = re.compile(r"has invalid value at (\S+?):")


class _ParentFieldFinder(Visitor):
    """Finds the argument or input-object field whose value is a given AST node."""

    def __init__(self, target: Node) -> None:
        super().__init__()
        self.target = target
        self.name: str | None = None

    def enter_object_field(self, node: ObjectFieldNode, *_: object) -> None:
        if node.value is self.target:
            self.name = node.name.value

    def enter_argument(self, node: ArgumentNode, *_: object) -> None:
        if node.value is self.target:
            self.name = node.name.value


def _input_field(error: GraphQLError, document: DocumentNode | None) -> str | None:
    match = _VARIABLE_PATH.search(error.message)
    if match:
        return match.group(1).rsplit(".", 1)[-1].split("[")[0] or None
    if document is not None and error.nodes:
        finder = _ParentFieldFinder(error.nodes[0])
        visit(document, finder)
        return finder.name
    return None


def is_unexpected(error: GraphQLError) -> bool:
    """A bug rather than an answer: an exception that is neither ours nor GraphQL's."""
    original = error.original_error
    expected = SkillSyncError | GraphQLError | InvalidOperationTypeError
    return original is not None and not isinstance(original, expected)


def with_code(error: GraphQLError, document: DocumentNode | None) -> GraphQLError:
    if isinstance(error.original_error, SkillSyncError):
        return error
    if isinstance(error.original_error, InvalidOperationTypeError):  # e.g. a query over WebSocket
        error.extensions = {**(error.extensions or {}), "code": ErrorCode.BAD_REQUEST.value}
        return error
    if not is_unexpected(error):
        extensions = dict(error.extensions or {})
        extensions.setdefault("code", ErrorCode.GRAPHQL_VALIDATION_FAILED.value)
        field = _input_field(error, document)
        if field:
            extensions.setdefault("field", field)
        error.extensions = extensions
        return error
    return GraphQLError(
        "Internal error",
        nodes=error.nodes,
        path=error.path,
        extensions={"code": ErrorCode.INTERNAL.value},
    )


class ErrorCodes(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if result is not None and errors:
            document = self.execution_context.graphql_document
            result.errors = [with_code(error, document) for error in errors]

    def on_stream_result(self, result: object) -> Iterator[None]:
        """The same for each result of a subscription (over WebSocket)."""
        errors = getattr(result, "errors", None)
        if errors:
            document = self.execution_context.graphql_document
            setattr(result, "errors", [with_code(error, document) for error in errors])  # noqa: B010
        yield


class SkillSyncSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log only what is a bug: expected errors (a service's SkillSyncError, invalid
        queries) are answers to the client, and tracebacks of them would bury real failures."""
        unexpected = [error for error in errors if is_unexpected(error)]
        if unexpected:
            super().process_errors(unexpected, execution_context)
