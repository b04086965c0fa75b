"""Lessons written with no network and no API key: the built-in provider's answer to the
lesson task, grounded in the research passages it is given (see ``compose.offline_lesson``)."""

from skillsync.generation.offline.compose import offline_lesson

__all__ = ["offline_lesson"]
