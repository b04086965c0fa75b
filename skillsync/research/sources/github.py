"""GitHub's REST API (/work/shared/api-shapes/github.md): ``/search/repositories`` sorted by
stars, then each repository's ``/readme`` (base64 JSON), turned into a plain-text excerpt.

Limits: a response with ``x-ratelimit-remaining: 0`` closes the source until
``x-ratelimit-reset`` (the next call would be refused); a 403/429 rate limit closes it for its
``retry-after``, else until the reset, else a minute. A 401 (bad token) disables the source; a
repository without a README is skipped; a 422 (query refused) is a failure.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from datetime import UTC, datetime
from typing import Any

import httpx

from skillsync.core.http import retry_after_seconds
from skillsync.generation.providers import budgets
from skillsync.research.passages import Passage
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.budget import RateLimited, block_method, method_free_at
from skillsync.research.sources.client import ApiSource, Deadline, in_seconds, json_of
from skillsync.research.sources.text import html_to_text, markdown_to_text, rst_to_text

API_VERSION = "2022-11-28"
MAX_QUERY = 256
# When a rate limit names no time to wait (github.md §6: "wait at least one minute").
DEFAULT_WAIT_SECONDS = 60
_FULL_NAME = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


def reset_time(response: httpx.Response) -> datetime | None:
    value = response.headers.get("x-ratelimit-reset", "")
    if not value.isdigit():
        return None
    return datetime.fromtimestamp(int(value), UTC)


def readme_text(name: str, raw: str) -> str:
    """A README as plain text, by its format."""
    lower = name.lower()
    if lower.endswith((".md", ".markdown", ".mdown", ".mkd", ".mdx")):
        return markdown_to_text(raw)
    if lower.endswith((".rst", ".rest")):
        return rst_to_text(raw)
    if lower.endswith((".html", ".htm")):
        return html_to_text(raw)
    return "\n\n".join(" ".join(p.split()) for p in raw.split("\n\n") if p.strip())


class GitHubSource(ApiSource):
    source = "github"

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": API_VERSION}
        if self.config.api_key:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        return headers

    def collect(self, topic: str, *, style: str, limit: int, deadline: Deadline) -> list[Passage]:
        found = self.get(
            "/search/repositories",
            route="search",
            deadline=deadline,
            params={
                "q": topic[:MAX_QUERY],
                "sort": "stars",
                "order": "desc",
                "per_page": str(min(100, limit * 3)),
            },
        )
        repositories = [
            repo
            for repo in found["items"]
            if isinstance(repo, dict)
            and _FULL_NAME.match(str(repo.get("full_name") or ""))
            and not repo.get("private")
            and not repo.get("archived")
            and not repo.get("disabled")
        ]
        passages: list[Passage] = []
        # A few spare tries for repositories without a README, not one per search result.
        for repo in repositories[: limit + 2]:
            if len(passages) >= limit:
                break
            try:
                readme = self.get(
                    f"/repos/{repo['full_name']}/readme", route="readme", deadline=deadline
                )
            except (SourceUnavailable, SourceFailed) as error:
                self.partial(error, passages)
                break
            passage = self._passage(repo, readme) if readme is not None else None
            if passage is not None:
                passages.append(passage)
        return passages

    def _passage(self, repo: dict[str, Any], readme: dict[str, Any]) -> Passage | None:
        if readme.get("encoding") != "base64" or not readme.get("content"):
            return None  # a README over 1 MB comes without content: not worth a second call
        try:
            raw = base64.b64decode(str(readme["content"])).decode("utf-8", errors="replace")
        except binascii.Error:
            raise SourceFailed(f"{self.name}: malformed README (not base64)") from None
        name = str(readme.get("name") or readme.get("path") or "README")
        description = " ".join(str(repo.get("description") or "").split())
        text = readme_text(name, raw) or description
        stars = int(repo.get("stargazers_count") or 0)
        licence = repo.get("license") or {}
        spdx = str(licence.get("spdx_id") or "")
        full_name = str(repo["full_name"])
        url = str(repo.get("html_url") or f"https://github.com/{full_name}")
        return self.passage(
            kind="readme",
            url=url,
            anchor="readme",
            title=f"{full_name}: {description}" if description else full_name,
            text=text,
            author=str((repo.get("owner") or {}).get("login") or ""),
            licence="" if spdx == "NOASSERTION" else spdx,
            quality=min(1.0, math.log10(stars + 1) / 5),  # 100,000 stars: full marks
            extra={
                "full_name": full_name,
                "stars": stars,
                "forks": int(repo.get("forks_count") or 0),
                "language": repo.get("language"),
                "topics": [str(t) for t in repo.get("topics") or []],
                "pushed_at": repo.get("pushed_at"),
                "readme_path": str(readme.get("path") or name),
            },
        )

    # -- the API's answers ----------------------------------------------------------------------
    def read(self, response: httpx.Response, route: str) -> Any:
        status = response.status_code
        if status == 200:
            self._note_remaining(response)
            body = json_of(response, self.name)
            if not isinstance(body, dict) or (route == "search" and "items" not in body):
                raise SourceFailed(f"{self.name}: malformed answer")
            return body
        if status == 404 and route == "readme":
            return None
        message = self._message(response)
        reason = f"{self.name}: HTTP {status}: {message[:200]}"
        if status == 401:
            budgets.disable(self.name, f"{self.name}: the token was refused (401 {message})")
            raise SourceUnavailable(reason)
        if status in (403, 429):
            raise self._limited(response, reason, message)
        raise SourceFailed(reason)

    def _note_remaining(self, response: httpx.Response) -> None:
        """The last call the window allows: nobody calls again before the reset. The search
        bucket closes searches only; the core bucket (READMEs) closes the source."""
        if response.headers.get("x-ratelimit-remaining") != "0":
            return
        until = reset_time(response)
        if until is None:
            return
        resource = response.headers.get("x-ratelimit-resource", "")
        reason = f"{resource or 'rate'} limit used up until the reset"
        if resource == "search":
            seconds = (until - budgets.database_now()).total_seconds()
            block_method(self.config, "search", seconds, reason)
        else:
            budgets.block_until(self.name, until, reason)

    def before_call(self, route: str, deadline: Deadline) -> None:
        if route != "search":
            return
        free_at = method_free_at(self.config, "search")
        if free_at is not None and not self.wait_for(free_at, deadline):
            raise SourceUnavailable(f"{self.name}: search limit used up", retry_at=free_at)

    def _limited(self, response: httpx.Response, reason: str, message: str) -> Exception:
        """A 403/429: a rate limit (github.md §6, in the documented order), or a refusal."""
        retry_after = retry_after_seconds(response)
        if retry_after is not None:
            return RateLimited(reason, in_seconds(retry_after))
        if response.headers.get("x-ratelimit-remaining") == "0":
            until = reset_time(response)
            return RateLimited(reason, until or in_seconds(DEFAULT_WAIT_SECONDS))
        if "rate limit" in message.lower():
            return RateLimited(reason, in_seconds(DEFAULT_WAIT_SECONDS))
        return SourceFailed(reason)  # no User-Agent, a blocked repository, SSO...

    @staticmethod
    def _message(response: httpx.Response) -> str:
        try:
            body = response.json()
        except ValueError:
            return " ".join(response.text.split())[:200]
        return str(body.get("message") or "") if isinstance(body, dict) else ""
