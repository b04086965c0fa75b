"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import ask_tutor


@strawberry.type
class TutorMutation:
    ask_tutor = ask_tutor.field
