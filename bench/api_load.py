"""The API benchmark's load generator, in a process of its own: ``python -m bench.api_load
CONFIG OUT`` (``bench/api.py`` starts it; no Django here).

``concurrency`` virtual users, each a learner with its own bearer token and its own keep-alive
HTTP/1.1 connection (a minimal client on asyncio streams: httpx cost about 4 ms of CPU per
request here, enough to compete with the server for the machine), run a closed loop with no
think time — dashboard, then one of their lessons, then the dashboard again — against one
side at a time (``graphql``: ``POST /graphql`` with the web app's documents; ``plain``: the
benchmark's plain JSON views) for each phase of ``phases``, in order. Phases alternate the sides
(A B B A ...) so both share the machine's noise; the learners change every two phases, the same
for both sides. A request counts when it started inside its phase; the phase lasts until the
last of those answers.

A response is an error unless its status is 200 and its body is a JSON object whose only member
is ``data`` (every tenth body is parsed whole; the others are checked by their first and last
bytes, to keep this process cheap). Each response's ``X-Bench-Queries`` header (SQL statements
the request ran) is tallied per side and request kind.

Per recorded phase it also reads its own CPU time and the server workers' (``server_pids``),
so the figures can show that this process was not the bottleneck and what each request cost.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from skillsync.management.progress import progress_bar

QUERIES_HEADER = "x-bench-queries"
PARSE_EVERY = 10


@dataclass
class Tally:
    latencies_ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    queries: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    body_bytes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    generator_cpu_s: float = 0.0
    server_cpu_s: float = 0.0
    phases: list[dict[str, Any]] = field(default_factory=list)


def _cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


class Connection:
    """One keep-alive HTTP/1.1 connection: a request at a time, each response read whole (by its
    Content-Length, or chunk by chunk)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def send(self, request: bytes) -> tuple[int, str, bytes]:
        """(status, the X-Bench-Queries header or "?", body)"""
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            body = await self._chunks(self.reader)
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers.get(QUERIES_HEADER, "?"), body

    @staticmethod
    async def _chunks(reader: asyncio.StreamReader) -> bytes:
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append((await reader.readexactly(size + 2))[:-2])
            if size == 0:
                return b"".join(parts)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def _ok(status: int, body: bytes, parse: bool) -> bool:
    if status != 200 or not body.startswith(b'{"data"') or not body.endswith(b"}}"):
        return False
    if parse:
        decoded = json.loads(body)
        return set(decoded) == {"data"} and decoded["data"] is not None
    return True


class Load:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.documents = config["documents"]
        self.users = config["users"]
        self.rng = random.Random(config.get("seed", 1))  # noqa: S311 - a workload, not a secret
        self.tallies: dict[str, Tally] = defaultdict(Tally)
        self.sent = 0
        self.host = f"{config['host']}:{config['port']}"

    def _request(self, side: str, kind: str, user: dict[str, Any]) -> bytes:
        head = f"Host: {self.host}\r\nAuthorization: Bearer {user['token']}\r\n"
        lesson = self.rng.choice(user["lessons"]) if kind == "lesson" else None
        limit = self.config["dashboard_limit"]
        if side == "plain":
            if kind == "dashboard":
                path = f"/bench/plain/dashboard?offset=0&limit={limit}"
            else:
                path = f"/bench/plain/lesson/{lesson}"
            return f"GET {path} HTTP/1.1\r\n{head}\r\n".encode()
        if kind == "dashboard":
            body = {
                "query": self.documents["dashboard"],
                "operationName": "Dashboard",
                "variables": {"offset": 0, "limit": limit},
            }
        else:
            body = {
                "query": self.documents["lesson"],
                "operationName": "Lesson",
                "variables": {"id": lesson},
            }
        data = json.dumps(body).encode()
        return (
            f"POST /graphql HTTP/1.1\r\n{head}Content-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n"
        ).encode() + data

    async def _user(
        self,
        side: str,
        user: dict[str, Any],
        until: float,
        tally: Tally | None,
        finished: list[float],
    ) -> None:
        kinds = ("dashboard", "lesson")
        step = self.rng.randrange(2)  # users start at different points of the loop
        connection = Connection(self.config["host"], self.config["port"])
        try:
            while time.perf_counter() < until:
                kind = kinds[step % 2]
                step += 1
                request = self._request(side, kind, user)
                started = time.perf_counter()
                try:
                    status, queries, body = await connection.send(request)
                except (OSError, ValueError, asyncio.IncompleteReadError) as error:
                    connection.close()
                    status, queries, body = 0, "?", repr(error).encode()
                elapsed_ms = (time.perf_counter() - started) * 1000
                finished.append(time.perf_counter())
                if tally is None:
                    continue
                self.sent += 1
                tally.latencies_ms[kind].append(elapsed_ms)
                tally.queries[kind][queries] += 1
                tally.body_bytes[kind] += len(body)
                if not _ok(status, body, parse=self.sent % PARSE_EVERY == 0):
                    tally.errors += 1
                    if len(tally.error_examples) < 5:
                        tally.error_examples.append(f"{kind} {status}: {body[:300]!r}")
        finally:
            connection.close()

    async def phase(self, side: str, seconds: float, record: bool, group: int) -> None:
        n = self.config["concurrency"]
        first = (group * n) % len(self.users)
        users = [self.users[(first + i) % len(self.users)] for i in range(n)]
        tally = self.tallies[side] if record else None
        server_pids = self.config.get("server_pids", [])
        cpu_before, server_before = time.process_time(), _cpu(server_pids)
        started = time.perf_counter()
        finished: list[float] = []
        await asyncio.gather(
            *(self._user(side, user, started + seconds, tally, finished) for user in users)
        )
        elapsed = max(finished, default=started + seconds) - started
        if tally is not None:
            tally.seconds += elapsed
            cpu = time.process_time() - cpu_before
            server = _cpu(server_pids) - server_before
            tally.generator_cpu_s += cpu
            tally.server_cpu_s += server
            tally.phases.append(
                {
                    "seconds": round(elapsed, 3),
                    "requests": len(finished),
                    "generator_cpu_s": round(cpu, 3),
                    "server_cpu_s": round(server, 3),
                }
            )

    async def run(self) -> None:
        phases = self.config["phases"]
        with progress_bar(desc="api: load phases", total=len(phases), unit="phase") as bar:
            for phase in phases:
                bar.set_postfix_str(phase["side"])
                await self.phase(phase["side"], phase["seconds"], phase["record"], phase["group"])
                bar.update()
                await asyncio.sleep(self.config.get("pause_seconds", 0.5))


def main(config_path: str, out_path: str) -> None:
    config = json.loads(Path(config_path).read_text())
    load = Load(config)
    asyncio.run(load.run())
    result = {
        side: {
            "latencies_ms": tally.latencies_ms,
            "queries": {kind: dict(counts) for kind, counts in tally.queries.items()},
            "body_bytes": tally.body_bytes,
            "errors": tally.errors,
            "error_examples": tally.error_examples,
            "seconds": tally.seconds,
            "generator_cpu_s": tally.generator_cpu_s,
            "server_cpu_s": tally.server_cpu_s,
            "phases": tally.phases,
        }
        for side, tally in load.tallies.items()
    }
    Path(out_path).write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
