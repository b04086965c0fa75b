"""Two worker processes researching at once share one source's free limits: the API never
sees more than its limit in any window, and never refuses a call."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.fakes.research_server import FakeResearchServer
from tests.processes import child_environment
from tests.research.conftest import write_catalog

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(180)]
SCALE = 30  # a minute lasts two seconds, for the budgets and for the fake alike
TOPICS_EACH = 8

RESEARCH = (
    "import sys\n"
    "from skillsync.research.service import research_topic\n"
    "first = int(sys.argv[1])\n"
    "for n in range(first, first + {count}):\n"
    "    bundle = research_topic(f'python topic {{n}}', include_offline=False)\n"
    "    print(bundle.outcomes['github'].status, flush=True)\n"
)


def test_two_processes_researching_keep_to_githubs_limit_together(tmp_path: Path) -> None:
    window = 60 / SCALE
    with FakeResearchServer(time_scale=1 / SCALE) as fake:
        catalog = write_catalog(
            tmp_path / "research.toml",
            {
                "github": {
                    "kind": "github",
                    "base_url": fake.url("github"),
                    "api_key_env": "GITHUB_TOKEN",
                    "results": 1,
                    "anonymous_limits": {"requests_per_minute": 10},
                    "timeouts": {"connect_seconds": 2, "read_seconds": 5},
                }
            },
        )
        environment = child_environment(
            SKILLSYNC_RESEARCH_FILE=str(catalog),
            SKILLSYNC_RESEARCH_SOURCES="github",
            SKILLSYNC_LLM_TIME_SCALE=str(SCALE),
            GITHUB_TOKEN="",
        )
        script = RESEARCH.format(count=TOPICS_EACH)
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "skillsync.cli",
                    "shell",
                    "-c",
                    script.replace("sys.argv[1]", str(first)),
                ],
                env=environment,
                cwd=settings.BASE_DIR,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for first in (0, 100)
        ]
        outputs = [process.communicate(timeout=150)[0] for process in processes]
        assert [p.returncode for p in processes] == [0, 0], outputs
        statuses = [
            line
            for out in outputs
            for line in out.split()
            if line in ("ok", "unavailable", "failed")
        ]
        assert len(statuses) == 2 * TOPICS_EACH, outputs
        assert statuses.count("ok") >= TOPICS_EACH  # most waited for the window, not gave up
        assert fake.refusals("github") == 0
        assert {r.status for r in fake.requests_for("github")} == {200}
        times = sorted(r.received_at for r in fake.requests_for("github"))
        assert len(times) > 2 * 10  # more than two windows' worth: the limit was in play
        for i, start in enumerate(times):
            in_window = [t for t in times[i:] if t - start < window]
            assert len(in_window) <= 10
