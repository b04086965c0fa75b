"""Spaced-repetition reviews of quiz questions: one card per learner and question, scheduled by
``skillsync.learning.spaced``."""
