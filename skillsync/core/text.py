"""Checks for free text from users before it reaches the database.

PostgreSQL cannot store NUL in text, and other control characters in names and goals are never
intended; both are refused as INVALID_INPUT naming the field rather than failing inside the
database.
"""

from __future__ import annotations

import re

from skillsync.core.errors import InvalidInputError

# C0 controls except tab/newline/carriage return, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_characters(value: str) -> bool:
    return _CONTROL.search(value) is not None


def clean_line(field: str, value: str, *, max_chars: int, required: bool = False) -> str:
    """One line of text: control characters refused, white space collapsed, length bounded."""
    if has_control_characters(value):
        raise InvalidInputError(field, f"{field.replace('_', ' ')} contains control characters")
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise InvalidInputError(field, f"{field.replace('_', ' ')} must not be empty")
    if len(cleaned) > max_chars:
        raise InvalidInputError(
            field, f"{field.replace('_', ' ')} must be at most {max_chars} characters"
        )
    return cleaned
