"""Lessons written with no network and no API key: the built-in provider's answer to the
lesson task, grounded in the research passages it is given."""
