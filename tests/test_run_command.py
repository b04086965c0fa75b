"""`skillsync run` (what `make run` starts), as a real process tree on a fresh embedded server.

This always uses the embedded default path, also when the suite itself runs against an
external PostgreSQL (DATABASE_URL set in CI).
"""

from __future__ import annotations

import signal

import httpx
import psutil
import pytest

from tests.processes import is_running, wait_until
from tests.running_app import (
    EXIT_TIMEOUT,
    SERVER_STOP_TIMEOUT,
    free_port,
    fresh_var_dir,
    http_request,
    remove_var_dir,
    running_app,
)

pytestmark = [pytest.mark.timeout(180), pytest.mark.own_server]


def test_run_serves_the_app_with_a_worker_and_stops_everything_on_ctrl_c() -> None:
    # given: `skillsync run` with the default (local) settings, ready
    with running_app() as app:
        # then: the web process answers, and a worker runs beside it on the embedded server
        assert http_request(f"{app.base}/healthz") == (200, {"status": "ok"})
        children = psutil.Process(app.run.pid).children(recursive=True)
        cmdlines = [" ".join(child.cmdline()) for child in children]
        assert any("worker" in cmdline for cmdline in cmdlines), cmdlines
        postmaster = int((app.var_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
        assert is_running(postmaster)

        # when: Ctrl-C
        app.run.send_signal(signal.SIGINT)

        # then: the command exits, its children are gone, and so is the embedded server
        app.run.wait(timeout=EXIT_TIMEOUT)
        left = [child.pid for child in children if is_running(child.pid)]
        assert left == [], f"children still running: {left}"
        assert wait_until(lambda: not is_running(postmaster), SERVER_STOP_TIMEOUT), (
            "embedded PostgreSQL still running after `skillsync run` exited"
        )


def test_run_serves_the_auth_flow_over_real_http() -> None:
    # given: the web server alone, and a client that keeps cookies like a browser
    with running_app("--no-worker") as app, httpx.Client(base_url=app.base, timeout=5) as http:
        # an anonymous client asks who it is, as the SPA does on page load
        assert http.post("/graphql", json={"query": "{ me { id } }"}).json() == {
            "data": {"me": None}
        }
        # when: it signs up
        signed_up = http.post("/graphql", json={"query": REGISTER}).json()["data"]["register"]
        # then: the refresh cookie is scoped to the auth endpoint, so /graphql never sees it
        refresh = next(c for c in http.cookies.jar if c.name == "skillsync_refresh")
        assert refresh.path == "/auth/"
        assert refresh.has_nonstandard_attr("HttpOnly")
        # and: the cookie refreshes the session through the auth endpoint
        refreshed = http.post(
            "/auth/graphql",
            json={"query": "mutation { refreshToken { accessToken user { id } } }"},
            headers={"X-SkillSync-Auth": "1", "Sec-Fetch-Site": "same-origin"},
        ).json()["data"]["refreshToken"]
        assert refreshed["user"]["id"] == signed_up["user"]["id"]
        me = http.post(
            "/graphql",
            json={"query": "{ me { email } }"},
            headers={"Authorization": f"Bearer {refreshed['accessToken']}"},
        ).json()
        assert me == {"data": {"me": {"email": "live@example.org"}}}


REGISTER = """mutation { register(email: "live@example.org", password: "a long passphrase 42") {
  accessToken user { id } } }"""


def test_a_sigkilled_run_leaves_nothing_that_blocks_the_next_run() -> None:
    var_dir = fresh_var_dir()
    port = free_port()
    try:
        # given: a running `skillsync run`, killed with SIGKILL (no chance to clean up)
        with running_app(var_dir=var_dir, port=port) as first:
            children = psutil.Process(first.run.pid).children(recursive=True)
            first.run.kill()
            first.run.wait(timeout=EXIT_TIMEOUT)

            # then: its web server and worker follow it instead of holding the port
            assert wait_until(
                lambda: not any(is_running(child.pid) for child in children), EXIT_TIMEOUT
            ), [" ".join(c.cmdline()) for c in children if is_running(c.pid)]

        # when: it is started again on the same data and port
        with running_app(var_dir=var_dir, port=port) as second:
            # then: it serves (the dead run's handle on the embedded server was pruned)
            assert http_request(f"{second.base}/healthz") == (200, {"status": "ok"})
            postmaster = int((var_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
            second.run.send_signal(signal.SIGINT)
            second.run.wait(timeout=EXIT_TIMEOUT)
            # and: a clean stop now stops the server too
            assert wait_until(lambda: not is_running(postmaster), SERVER_STOP_TIMEOUT)
    finally:
        remove_var_dir(var_dir)
