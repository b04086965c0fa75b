"""Reusing lesson content across learners (the semantic cache and what it builds on)."""
