"""Lesson content, version 2: one schema per learning style, sharing one shape for the parts
they have in common (sections, citations, exercises, the quiz). See ``schemas.py`` for the
shapes and ``checks.py`` for what a lesson must satisfy before it is stored as ready."""
