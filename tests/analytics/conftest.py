from __future__ import annotations

from collections.abc import Iterator

import pytest

from skillsync.analytics import cost_controls


@pytest.fixture(autouse=True)
def _cost_controls_forgotten() -> Iterator[None]:
    """The process caches the cost controls for a few seconds: a value a test set (and rolled
    back) must not reach the next test."""
    cost_controls.cache_clear()
    yield
    cost_controls.cache_clear()
