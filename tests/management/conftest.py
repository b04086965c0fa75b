from __future__ import annotations

import io

from tests.fakes.llm_server import fake_llm  # noqa: F401 - a fixture of the waiting test
from tests.generation.faults import (  # noqa: F401 - fixtures of the waiting test
    empty_job_tables,
    provider_file,
    start_worker,
    sweeper_settings,
)


class Terminal(io.StringIO):
    """What a command writes to a person's terminal: it says it is one."""

    def isatty(self) -> bool:
        return True
