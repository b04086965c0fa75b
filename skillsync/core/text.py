"""Checks for free text from users before it reaches the database.

PostgreSQL cannot store NUL in text, and other control characters in names and goals are never
intended; both are refused as INVALID_INPUT naming the field rather than failing inside the
database.
"""

from __future__ import annotations

import re
import unicodedata

from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError

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


# Refused in free text of several lines, as in a learner's wish for a lesson
# (``generation.versions.clean_instruction``): control characters (but line breaks and tabs),
# format characters (invisible text, direction overrides, tag characters), surrogates, private
# use and unassigned code points. None belongs in a sentence, and several hide text from the
# person reading it.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ALLOWED_CONTROLS = frozenset("\n\t")


def _refused(field: str, reason: str, message: str) -> SkillSyncError:
    return SkillSyncError(ErrorCode.INVALID_INPUT, message, field=field, details={"reason": reason})


def clean_paragraphs(field: str, value: str | None, *, max_chars: int, required: bool) -> str:
    """Free text of one or more lines (a review's comments, a flag's details), trimmed, with
    Windows line breaks made plain. INVALID_INPUT naming ``field`` with ``reason`` REQUIRED,
    TOO_LONG or CONTROL_CHARACTER when it cannot be used."""
    text = (value or "").replace("\r\n", "\n").strip()
    label = field.replace("_", " ")
    if required and not text:
        raise _refused(field, "REQUIRED", f"{label} must not be empty")
    if len(text) > max_chars:
        raise _refused(field, "TOO_LONG", f"{label} is longer than {max_chars} characters")
    for char in text:
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise _refused(
                field,
                "CONTROL_CHARACTER",
                f"{label} contains a control or invisible character (U+{ord(char):04X})",
            )
    return text


def clean_title(field: str, value: str, *, max_chars: int) -> str:
    """A title: one line with its white space collapsed, 1 to ``max_chars`` characters, no
    control or invisible character (the same set ``clean_paragraphs`` refuses; line breaks and
    tabs become spaces). INVALID_INPUT naming ``field`` with ``reason`` REQUIRED, TOO_LONG or
    CONTROL_CHARACTER when it cannot be used."""
    label = field.replace("_", " ")
    for char in value.replace("\r\n", "\n"):
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise _refused(
                field,
                "CONTROL_CHARACTER",
                f"{label} contains a control or invisible character (U+{ord(char):04X})",
            )
    text = " ".join(value.split())
    if not text:
        raise _refused(field, "REQUIRED", f"{label} must not be empty")
    if len(text) > max_chars:
        raise _refused(field, "TOO_LONG", f"{label} is longer than {max_chars} characters")
    return text
