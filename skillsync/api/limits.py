"""Limits that keep one GraphQL request cheap.

- Size and shape are refused before anything runs: the parser stops after
  ``GRAPHQL_MAX_TOKENS`` tokens, and validation refuses documents nested deeper than
  ``GRAPHQL_MAX_DEPTH`` or with more than ``GRAPHQL_MAX_ALIASES`` aliases. These rejections are
  plain GraphQL errors, so ``ErrorCodes`` gives them ``GRAPHQL_VALIDATION_FAILED``.
- Execution has a deadline (``GRAPHQL_REQUEST_TIME_LIMIT_SECONDS``): once it has passed, no
  further field is resolved and the client gets ``REQUEST_TIMEOUT``.
- Without ``GRAPHQL_INTROSPECTION`` (production) the schema cannot be introspected, and error
  messages do not suggest names ("Did you mean ...?"), which would reveal it piece by piece.

Batching (a JSON array of operations) is refused by the view: strawberry's batching is off
unless ``StrawberryConfig.batching_config`` is set, which it is not here.

Parsing and validating a document cost more than running a typical query (about 3 ms of a
dashboard's 17, measured by ``bench/api.py``), and clients send the same few documents again
and again: both are cached, in bounded LRU caches (``GRAPHQL_DOCUMENT_CACHE_SIZE`` documents
each, per process). A cached validation is the same verdict, by the same rules: the rule classes
are built once, so the cache key (schema, document, rules) is equal from one request to the
next. A document over the token limit is refused while parsing, and an exception is never
cached, so it is refused every time.
"""

from __future__ import annotations

import contextlib
import math
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from graphql import ASTValidationRule, GraphQLError, GraphQLResolveInfo
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as max_aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as max_depth_rule
from strawberry.schema.config import StrawberryConfig
from strawberry.types.graphql import OperationType
from strawberry.utils.await_maybe import AwaitableOrValue

from skillsync.core.errors import ErrorCode, SkillSyncError

# A class, or a factory that builds a fresh instance for each request (strawberry deprecates
# sharing one instance between requests).
ExtensionFactory = type[SchemaExtension] | Callable[[], SchemaExtension]

# Distinct documents whose parse and validation each process keeps (least recently used out).
GRAPHQL_DOCUMENT_CACHE_SIZE = 256

# graphql-core appends suggestions to messages: "... Did you mean 'goal'?"
_SUGGESTION = re.compile(r"\s*Did you mean .*$", re.DOTALL)


def _is_timeout(error: GraphQLError) -> bool:
    original = error.original_error
    return isinstance(original, SkillSyncError) and original.code == ErrorCode.REQUEST_TIMEOUT


class RequestTimeLimit(SchemaExtension):
    """Stops resolving fields once the request's time budget is spent.

    The check runs before each resolver, so a single slow resolver is not interrupted (the
    database's own statement timeout is the guard for that); what it stops is a query whose
    many cheap fields add up. Every field refused after the deadline would be its own error,
    so the answer keeps only the first.
    """

    deadline: float = 0.0

    def on_execute(self) -> Iterator[None]:
        limit = float(settings.GRAPHQL_REQUEST_TIME_LIMIT_SECONDS)
        if self.execution_context.operation_type == OperationType.SUBSCRIPTION:
            limit = math.inf  # lives as long as its token; each event is cheap
        self.deadline = time.monotonic() + limit
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if result is not None and errors:
            first = next((error for error in errors if _is_timeout(error)), None)
            result.errors = [error for error in errors if error is first or not _is_timeout(error)]

    def resolve(
        self,
        _next: Callable[..., object],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: str,
        **kwargs: Any,
    ) -> AwaitableOrValue[object]:
        if time.monotonic() >= self.deadline:
            raise SkillSyncError(
                ErrorCode.REQUEST_TIMEOUT, "the request took too long and was stopped"
            )
        return _next(root, info, *args, **kwargs)


class DocumentCache(ParserCache):
    """strawberry's ParserCache, except that a document it cannot parse (over the token limit,
    or not GraphQL) is left to the schema's own parsing, which answers it like any invalid
    document (``GRAPHQL_VALIDATION_FAILED``); an error raised here would skip the extensions
    that give errors their codes.

    Only documents of at most ``GRAPHQL_MAX_TOKENS`` characters are cached: they cannot exceed
    the token limit (a token is at least one character), so the costly refusal — lexing up to
    the limit — is never done twice; a longer document is left to the schema, parsed once. The
    web app's documents are a few hundred characters to a few KB."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.query and len(context.query) <= int(settings.GRAPHQL_MAX_TOKENS):
            with contextlib.suppress(GraphQLError):
                context.graphql_document = self.cached_parse_document(
                    context.query, **context.parse_options
                )
        yield


class HideSuggestions(SchemaExtension):
    """Strips "Did you mean ...?" from every error message.

    ``StrawberryConfig.disable_field_suggestions`` only covers unknown fields; graphql-core
    also suggests argument, type and enum value names.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        for error in getattr(self.execution_context.result, "errors", None) or ():
            error.message = _SUGGESTION.sub("", error.message)


def _introspection(introspection: bool | None) -> bool:
    return bool(settings.GRAPHQL_INTROSPECTION) if introspection is None else introspection


def hardening_extensions(introspection: bool | None = None) -> list[ExtensionFactory]:
    """The limiting extensions; ``introspection`` defaults to the setting."""
    max_depth = int(settings.GRAPHQL_MAX_DEPTH)
    max_aliases = int(settings.GRAPHQL_MAX_ALIASES)
    max_tokens = int(settings.GRAPHQL_MAX_TOKENS)
    # The rules QueryDepthLimiter and MaxAliasesLimiter would build afresh for each request,
    # built once: the validation cache's key must not change between requests.
    rules: list[type[ASTValidationRule]] = [
        max_depth_rule(max_depth, None),
        max_aliases_rule(max_aliases),
    ]
    extensions: list[ExtensionFactory] = [
        lambda: MaxTokensLimiter(max_token_count=max_tokens),
        lambda: AddValidationRules(rules),
        RequestTimeLimit,
        lambda: DocumentCache(maxsize=GRAPHQL_DOCUMENT_CACHE_SIZE),
        lambda: ValidationCache(maxsize=GRAPHQL_DOCUMENT_CACHE_SIZE),
    ]
    if not _introspection(introspection):
        extensions += [DisableIntrospection, HideSuggestions]
    return extensions


def schema_config(introspection: bool | None = None) -> StrawberryConfig:
    return StrawberryConfig(disable_field_suggestions=not _introspection(introspection))
