"""Limits that keep one GraphQL request cheap. (Filled in by the hardening work.)"""

from __future__ import annotations

from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig


def hardening_extensions() -> list[type[SchemaExtension] | SchemaExtension]:
    return []


def schema_config() -> StrawberryConfig:
    return StrawberryConfig()
