"""GitHub REST's wire formats (/work/shared/api-shapes/github.md).

Routes: ``search`` (``/search/repositories``), ``readme`` (``/repos/{owner}/{repo}/readme``),
``rate_limit`` (``/rate_limit``, free). Every answer carries ``x-github-request-id`` and the five
``x-ratelimit-*`` headers of its bucket (``search`` or ``core``), except credential failures.
The ``link`` header of a search points back at the fake (not api.github.com).
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from tests.fakes.http_fake import Reply
from tests.fakes.research_behaviours import Behaviour
from tests.fakes.research_content import (
    INJECTION_TEXT,
    REFERENCE_TIME,
    Topic,
    code_sample,
    display,
    iso,
    moment_before,
    seeded,
    sentences,
    stable_int,
    stable_token,
)
from tests.fakes.research_limits import DEFAULT_LIMITS, BucketState, Charge, Refusal
from tests.fakes.research_shapes import Context, Parsed, Request, SourceShapes, hex_id

API = "https://api.github.com"
RATE_DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"
README_DOCS = "https://docs.github.com/rest/repos/contents#get-a-repository-readme"
SEARCH_DOCS = "https://docs.github.com/v3/search"
_README = re.compile(r"^/repos/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/readme$")
_OWNERS = (
    ("acme-labs", "Organization"),
    ("pyteam", "Organization"),
    ("codecraft-dev", "Organization"),
    ("learnbyexample", "User"),
    ("marta-k", "User"),
    ("jreyes", "User"),
    ("tiny-tools", "Organization"),
    ("byte-forge", "Organization"),
    ("lena-dev", "User"),
    ("opensource-kit", "Organization"),
    ("ytanaka", "User"),
)
_NAMES = (
    "{slug}",
    "awesome-{slug}",
    "{slug}-examples",
    "learn-{slug}",
    "{slug}-tutorial",
    "{slug}-cheatsheet",
    "{slug}-patterns",
    "{slug}-playground",
)
_LANGUAGES = {
    "python": "Python",
    "javascript": "JavaScript",
    "jsx": "TypeScript",
    "sql": "PLpgSQL",
    "dockerfile": "Dockerfile",
    "yaml": "Shell",
    "go": "Go",
    "rust": "Rust",
}
_LICENSES = (
    ("mit", "MIT License", "MIT", "MDc6TGljZW5zZTEz"),
    ("apache-2.0", "Apache License 2.0", "Apache-2.0", "MDc6TGljZW5zZTI="),
    ("bsd-3-clause", 'BSD 3-Clause "New" or "Revised" License', "BSD-3-Clause", "MDc6TGljZW5zZTU="),
    ("gpl-3.0", "GNU General Public License v3.0", "GPL-3.0", "MDc6TGljZW5zZTk="),
)
_REPO_URLS = (
    ("forks_url", "/forks"),
    ("keys_url", "/keys{/key_id}"),
    ("collaborators_url", "/collaborators{/collaborator}"),
    ("teams_url", "/teams"),
    ("hooks_url", "/hooks"),
    ("issue_events_url", "/issues/events{/number}"),
    ("events_url", "/events"),
    ("assignees_url", "/assignees{/user}"),
    ("branches_url", "/branches{/branch}"),
    ("tags_url", "/tags"),
    ("blobs_url", "/git/blobs{/sha}"),
    ("git_tags_url", "/git/tags{/sha}"),
    ("git_refs_url", "/git/refs{/sha}"),
    ("trees_url", "/git/trees{/sha}"),
    ("statuses_url", "/statuses/{sha}"),
    ("languages_url", "/languages"),
    ("stargazers_url", "/stargazers"),
    ("contributors_url", "/contributors"),
    ("subscribers_url", "/subscribers"),
    ("subscription_url", "/subscription"),
    ("commits_url", "/commits{/sha}"),
    ("git_commits_url", "/git/commits{/sha}"),
    ("comments_url", "/comments{/number}"),
    ("issue_comment_url", "/issues/comments{/number}"),
    ("contents_url", "/contents/{+path}"),
    ("compare_url", "/compare/{base}...{head}"),
    ("merges_url", "/merges"),
    ("archive_url", "/{archive_format}{/ref}"),
    ("downloads_url", "/downloads"),
    ("issues_url", "/issues{/number}"),
    ("pulls_url", "/pulls{/number}"),
    ("milestones_url", "/milestones{/number}"),
    ("notifications_url", "/notifications{?since,all,participating}"),
    ("labels_url", "/labels{/name}"),
    ("releases_url", "/releases{/id}"),
    ("deployments_url", "/deployments"),
)


def request_id() -> str:
    """Like ``C3F1:2B9E47:5A1D2E:5C07B1:6925739F``."""
    return ":".join(hex_id(n) for n in (4, 6, 6, 6, 8))


def encode64(data: bytes) -> str:
    """Ruby ``Base64.encode64``: a newline after every 60 characters and at the end."""
    text = base64.b64encode(data).decode()
    return "".join(text[i : i + 60] + "\n" for i in range(0, len(text), 60))


def _parse_query(q: str) -> tuple[str, dict[str, str]]:
    """(keywords text, qualifiers) of a search ``q``."""
    terms, qualifiers = [], {}
    for token in q.split():
        name, sep, value = token.partition(":")
        if sep and name.isalpha() and value:
            qualifiers[name.lower()] = value
        elif token.upper() not in ("AND", "OR", "NOT"):
            terms.append(token)
    return " ".join(terms), qualifiers


def _min_stars(value: str | None) -> int:
    if not value:
        return 0
    if value.startswith(">="):
        return int(value[2:]) if value[2:].isdigit() else 0
    if value.startswith(">"):
        return int(value[1:]) + 1 if value[1:].isdigit() else 0
    low = value.split("..")[0]
    return int(low) if low.isdigit() else 0


class GitHubShapes(SourceShapes):
    name = "github"
    routes = ("search", "readme", "rate_limit")
    rate_limits = ("primary", "secondary")
    auth_variants = ("bad_credentials", "no_user_agent")
    unsupported = frozenset({"redirect"})

    # -- routing and identity ------------------------------------------------------------------
    def parse(self, request: Request) -> Parsed | Reply:
        if request.method == "GET":
            if request.local == "/search/repositories":
                return Parsed("search")
            if request.local == "/rate_limit":
                return Parsed("rate_limit")
            match = _README.match(request.local)
            if match:
                return Parsed("readme", {"owner": match.group(1), "repo": match.group(2)})
        return self.error(request, 404, "Not Found", "https://docs.github.com/rest")

    def authenticate(self, request: Request, parsed: Parsed, key: str | None) -> str | Reply:
        if not request.headers.get("user-agent"):
            return self.no_user_agent()
        header = request.headers.get("authorization")
        if header is None:
            return ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() not in ("bearer", "token") or token.strip() != key:
            return self.error(request, 401, "Bad credentials", "https://docs.github.com/rest")
        return token.strip()

    def buckets(self, request: Request, parsed: Parsed, identity: str) -> list[Charge]:
        suffix = "_with_token" if identity else ""
        core = Charge("core_per_hour" + suffix, identity)
        search = Charge("search_per_minute" + suffix, identity)
        if parsed.route == "search":
            return [search]
        if parsed.route == "rate_limit":
            return [core, search]
        return [core]

    def free(self, request: Request, parsed: Parsed, identity: str, world: Any) -> bool:
        if parsed.route == "rate_limit":
            return True  # github.md §1: "does not count against the limit"
        if parsed.route == "readme" and identity:
            readme = self._readme(parsed, world, False)
            etag = request.headers.get("if-none-match")
            return readme is not None and etag is not None and etag == readme["etag"]
        return False

    def common_headers(
        self, request: Request, parsed: Parsed, states: list[BucketState]
    ) -> dict[str, str]:
        if not states:
            return {}
        return self._limit_headers(states[0])

    @staticmethod
    def _limit_headers(state: BucketState, *, exhausted: bool = False) -> dict[str, str]:
        default = DEFAULT_LIMITS["github"][state.name] or 0
        limit = state.limit if state.limit is not None else default
        remaining = 0 if exhausted else state.remaining(default)
        return {
            "x-ratelimit-limit": str(limit),
            "x-ratelimit-remaining": str(remaining),
            "x-ratelimit-reset": str(math.ceil(time.time() + state.reset_in)),
            "x-ratelimit-used": str(limit if exhausted else state.used),
            "x-ratelimit-resource": "search" if state.name.startswith("search") else "core",
        }

    def refused(self, request: Request, parsed: Parsed, refusal: Refusal) -> Reply | None:
        state = BucketState(refusal.name, refusal.limit, refusal.used, refusal.wait)
        headers = self._limit_headers(state, exhausted=True)
        return self.primary_limit(request, refusal.identity, 403, headers, bare=False)

    # -- errors ----------------------------------------------------------------------------------
    def error(
        self,
        request: Request,
        status: int,
        message: str,
        documentation_url: str,
        headers: dict[str, str] | None = None,
        *,
        bare: bool = False,
        **extra: Any,
    ) -> Reply:
        body: dict[str, Any] = {"message": message, **extra, "documentation_url": documentation_url}
        if not bare:
            body["status"] = str(status)
        rid = (headers or {}).get("x-github-request-id") or request_id()
        return self.json(request, status, body, {**(headers or {}), "x-github-request-id": rid})

    def no_user_agent(self) -> Reply:
        # github.md §2: a request without User-Agent gets a 403; the text is GitHub's usual
        # plain-text answer (inferred).
        text = (
            "Request forbidden by administrative rules. Please make sure your request has a "
            "User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api"
            "#user-agent-required). Check https://developer.github.com for other possible causes.\n"
        )
        return Reply(403, text.encode(), {"Content-Type": "text/plain; charset=utf-8"})

    def primary_limit(
        self, request: Request, identity: str, status: int, headers: dict[str, str], *, bare: bool
    ) -> Reply:
        rid = request_id()
        if identity:
            user_id = stable_int("github-user", identity, low=1_000_000, high=99_999_999)
            message = f"API rate limit exceeded for user ID {user_id}."
        else:
            message = (
                f"API rate limit exceeded for {request.client_ip}. (But here's the good news: "
                "Authenticated requests get a higher rate limit. Check out the documentation for "
                "more details.)"
            )
        if not bare:
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
            message += (
                " If you reach out to GitHub Support for help, please include the request ID "
                f"{rid} and timestamp {stamp} UTC."
            )
        headers = {**headers, "x-github-request-id": rid}
        return self.error(request, status, message, RATE_DOCS, headers, bare=bare)

    def check(self, behaviour: Behaviour) -> None:
        super().check(behaviour)
        if behaviour.kind == "rate_limited" and behaviour.status not in (None, 403, 429):
            raise ValueError("github rate limits come as 403 or 429")

    def server_error(self, ctx: Context, status: int, retry_after: float | None) -> Reply:
        headers = {"retry-after": str(math.ceil(retry_after))} if retry_after else {}
        messages = {  # inferred: github.md documents no 5xx bodies
            500: "Server Error",
            502: "Server Error",
            503: "Service Unavailable",
            504: "We couldn't respond to your request in time. Sorry about that. Please try "
            "resubmitting your request and contact us if the problem persists.",
        }
        body: dict[str, Any] = {"message": messages[status]}
        rid = request_id()
        return self.json(ctx.request, status, body, {**headers, "x-github-request-id": rid})

    def rate_limited(self, ctx: Context) -> Reply:
        behaviour, request = ctx.behaviour, ctx.request
        status = behaviour.status or 403
        state = ctx.states[0] if ctx.states else BucketState("core_per_hour", None, 0, 3600.0)
        if behaviour.limit == "primary":
            if behaviour.retry_after is not None:
                state = BucketState(state.name, state.limit, state.used, behaviour.retry_after)
            headers = self._limit_headers(state, exhausted=True)
            if behaviour.retry_after is not None:
                headers["retry-after"] = str(math.ceil(behaviour.retry_after))
            return self.primary_limit(request, ctx.identity, status, headers, bare=behaviour.bare)
        headers = self._limit_headers(state)
        if behaviour.retry_after is not None:
            headers["retry-after"] = str(math.ceil(behaviour.retry_after))
        rid = request_id()
        message = (
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try "
            "again."
        )
        if not behaviour.bare:
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
            message += (
                " If you reach out to GitHub Support for help, please include the request ID "
                f"{rid} and timestamp {stamp} UTC."
            )
        headers["x-github-request-id"] = rid
        url = RATE_DOCS + "#about-secondary-rate-limits"
        return self.error(request, status, message, url, headers, bare=behaviour.bare)

    def auth_error(self, ctx: Context, variant: str) -> Reply:
        if variant == "no_user_agent":
            return self.no_user_agent()
        return self.error(ctx.request, 401, "Bad credentials", "https://docs.github.com/rest")

    def not_found(self, ctx: Context) -> Reply:
        url = README_DOCS if ctx.parsed.route == "readme" else "https://docs.github.com/rest"
        return self.error(ctx.request, 404, "Not Found", url)

    # -- content ---------------------------------------------------------------------------------
    def content(self, ctx: Context) -> Reply:
        if ctx.parsed.route == "search":
            return self._search(ctx)
        if ctx.parsed.route == "readme":
            return self._readme_reply(ctx)
        return self._rate_limit(ctx)

    def _search(self, ctx: Context) -> Reply:
        request, query = ctx.request, ctx.request.query
        q = query.get("q", "").strip()
        if not q:
            errors = [{"resource": "Search", "field": "q", "code": "missing"}]
            return self.error(request, 422, "Validation Failed", SEARCH_DOCS, errors=errors)
        if len(q) > 256:  # github.md §1; wording inferred
            errors = [
                {
                    "message": "The search is longer than 256 characters.",
                    "resource": "Search",
                    "field": "q",
                    "code": "invalid",
                }
            ]
            return self.error(request, 422, "Validation Failed", SEARCH_DOCS, errors=errors)
        per_page = min(100, max(1, _int(query.get("per_page"), 30)))
        page = max(1, _int(query.get("page"), 1))
        start = (page - 1) * per_page
        if start >= 1000:
            message = "Only the first 1000 search results are available"
            return self.error(request, 422, message, SEARCH_DOCS)
        text, qualifiers = _parse_query(q)
        topic = Topic.of(text, fallback=qualifiers.get("language", "programming"))
        context = " ".join(f"{k}:{v}" for k, v in sorted(qualifiers.items()))
        total = stable_int("gh-total", topic.key, context, low=40, high=5000)
        end = min(total, 1000, start + per_page)
        if ctx.behaviour.count is not None:
            end = min(end, start + ctx.behaviour.count)
        items = []
        for index in range(start, end):
            injected = ctx.behaviour.injection and index == start
            repo = self.repository(topic, qualifiers, index)
            key = repo["full_name"].lower()
            ctx.world.publish("gh-repo", key, (topic, repo, injected))
            items.append(repo)
        _sort_repos(items, query.get("sort"), query.get("order", "desc"))
        body = {"total_count": total, "incomplete_results": ctx.behaviour.partial, "items": items}
        headers = {"x-github-api-version-selected": _version(request)}
        link = _link(request, total, page, per_page)
        if link:
            headers["link"] = link
        headers["x-github-request-id"] = request_id()
        return self.json(request, 200, body, headers)

    def repository(self, topic: Topic, qualifiers: dict[str, str], index: int) -> dict[str, Any]:
        context = " ".join(f"{k}:{v}" for k, v in sorted(qualifiers.items()))
        rng = seeded("gh-repo", topic.key, context, index)
        login, owner_type = _OWNERS[
            (stable_int(topic.key, low=0, high=len(_OWNERS)) + index) % len(_OWNERS)
        ]
        weak = index % 3 == 2
        slug = topic.slug if not weak else topic.keyword(index).replace("+", "p") + "-utils"
        name = _NAMES[index % len(_NAMES)].format(slug=slug)[:90]
        if index >= len(_NAMES):
            name += f"-{index // len(_NAMES) + 1}"
        full = f"{login}/{name}"
        repo_id = stable_int("gh-id", full, low=10_000_000, high=999_999_999)
        owner_id = stable_int("gh-owner", login, low=1_000_000, high=199_999_999)
        language = qualifiers.get("language")
        language = (
            display(language.lower()) if language else _LANGUAGES.get(topic.language(), "Python")
        )
        if not qualifiers.get("language") and index % 13 == 12:
            language = None
        stars = max(_min_stars(qualifiers.get("stars")), rng.randrange(5, 60_000) // (index + 1))
        forks = stars // rng.randrange(5, 30)
        issues = rng.randrange(0, 120)
        created = moment_before(rng, 4000, 200)
        pushed = moment_before(rng, 180)
        updated = min(REFERENCE_TIME, pushed + timedelta(hours=rng.randrange(0, 72)))
        opening = rng.choice(("Worked examples of", "A practical guide to", "Notes on"))
        description: str | None = f"{opening} {topic.mentions(index)}"
        if index % 11 == 10:
            description = None
        licence = None if index % 9 == 8 else _LICENSES[index % len(_LICENSES)]
        api = f"{API}/repos/{full}"
        repo: dict[str, Any] = {
            "id": repo_id,
            "node_id": "R_kgDO" + stable_token(full, length=6, alphabet=_B64),
            "name": name,
            "full_name": full,
            "private": False,
            "owner": {
                "login": login,
                "id": owner_id,
                "node_id": ("O_kgDO" if owner_type == "Organization" else "U_kgDO")
                + stable_token(login, length=6, alphabet=_B64),
                "avatar_url": f"https://avatars.githubusercontent.com/u/{owner_id}?v=4",
                "gravatar_id": "",
                "url": f"{API}/users/{login}",
                "html_url": f"https://github.com/{login}",
                "followers_url": f"{API}/users/{login}/followers",
                "repos_url": f"{API}/users/{login}/repos",
                "type": owner_type,
                "user_view_type": "public",
                "site_admin": False,
            },
            "html_url": f"https://github.com/{full}",
            "description": description,
            "fork": False,
            "url": api,
            **{key: api + suffix for key, suffix in _REPO_URLS},
            "created_at": iso(created),
            "updated_at": iso(updated),
            "pushed_at": iso(pushed),
            "git_url": f"git://github.com/{full}.git",
            "ssh_url": f"git@github.com:{full}.git",
            "clone_url": f"https://github.com/{full}.git",
            "svn_url": f"https://github.com/{full}",
            "homepage": "" if index % 4 else f"https://{login}.github.io/{name}",
            "size": rng.randrange(20, 90_000),
            "stargazers_count": stars,
            "watchers_count": stars,
            "language": language,
            "has_issues": True,
            "has_projects": index % 2 == 0,
            "has_downloads": True,
            "has_wiki": index % 3 == 0,
            "has_pages": index % 4 == 0,
            "has_discussions": index % 5 == 0,
            "forks_count": forks,
            "mirror_url": None,
            "archived": index % 17 == 16,
            "disabled": False,
            "open_issues_count": issues,
            "license": None
            if licence is None
            else {
                "key": licence[0],
                "name": licence[1],
                "spdx_id": licence[2],
                "url": f"{API}/licenses/{licence[0]}",
                "node_id": licence[3],
            },
            "allow_forking": True,
            "is_template": False,
            "web_commit_signoff_required": False,
            "topics": [w.replace("+", "p") for w in topic.keywords][:5],
            "visibility": "public",
            "forks": forks,
            "open_issues": issues,
            "watchers": stars,
            "default_branch": "main" if index % 5 else "master",
            "score": round(1.0 / (1 + index * 0.35), 6),
        }
        return repo

    def _readme(self, parsed: Parsed, world: Any, injection: bool) -> dict[str, Any] | None:
        key = f"{parsed.params['owner']}/{parsed.params['repo']}".lower()
        found = world.find("gh-repo", key)
        if found is None:
            return None
        topic, repo, injected = found
        rst = stable_int("gh-readme-format", key, low=0, high=6) == 0
        text = _readme_text(topic, repo, rst=rst, injected=injected or injection)
        data = text.encode()
        name = "README.rst" if rst else "README.md"
        full, branch = repo["full_name"], repo["default_branch"]
        sha = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()  # noqa: S324 - git's id
        api = f"{API}/repos/{full}"
        return {
            "etag": f'W/"{sha}"',
            "text": text,
            "body": {
                "name": name,
                "path": name,
                "sha": sha,
                "size": len(data),
                "url": f"{api}/contents/{name}?ref={branch}",
                "html_url": f"https://github.com/{full}/blob/{branch}/{name}",
                "git_url": f"{api}/git/blobs/{sha}",
                "download_url": f"https://raw.githubusercontent.com/{full}/{branch}/{name}",
                "type": "file",
                "content": encode64(data),
                "encoding": "base64",
                "_links": {
                    "self": f"{api}/contents/{name}?ref={branch}",
                    "git": f"{api}/git/blobs/{sha}",
                    "html": f"https://github.com/{full}/blob/{branch}/{name}",
                },
            },
        }

    def _readme_reply(self, ctx: Context) -> Reply:
        request = ctx.request
        readme = self._readme(ctx.parsed, ctx.world, ctx.behaviour.injection)
        if readme is None:
            return self.error(request, 404, "Not Found", README_DOCS)
        headers = {
            "etag": readme["etag"],
            "x-github-api-version-selected": _version(request),
            "x-github-request-id": request_id(),
        }
        if request.headers.get("if-none-match") == readme["etag"]:
            return Reply(304, b"", headers)
        accept = request.headers.get("accept", "")
        if "vnd.github.raw" in accept:  # raw bytes; the content type is inferred
            reply = Reply(
                200,
                readme["text"].encode(),
                {"Content-Type": "application/vnd.github.raw; charset=utf-8", **headers},
            )
            return self.encode(request, reply)
        if "vnd.github.html" in accept:  # rendered HTML; the wrapper markup is inferred
            page = (
                f'<div id="readme" class="md" data-path="{readme["body"]["name"]}">'
                '<article class="markdown-body entry-content container-lg" itemprop="text">'
                f"{_markdown_html(readme['text'])}</article></div>"
            )
            reply = Reply(
                200, page.encode(), {"Content-Type": "text/html; charset=utf-8", **headers}
            )
            return self.encode(request, reply)
        return self.json(request, 200, readme["body"], headers)

    def _rate_limit(self, ctx: Context) -> Reply:
        def resource(state: BucketState) -> dict[str, Any]:
            headers = self._limit_headers(state)
            return {
                "limit": int(headers["x-ratelimit-limit"]),
                "used": state.used,
                "remaining": int(headers["x-ratelimit-remaining"]),
                "reset": int(headers["x-ratelimit-reset"]),
            }

        core, search = (resource(s) for s in ctx.states)
        body = {"resources": {"core": core, "search": search}, "rate": core}
        return self.json(ctx.request, 200, body, {"x-github-request-id": request_id()})


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


def _version(request: Request) -> str:
    return request.headers.get("x-github-api-version") or "2022-11-28"


def _link(request: Request, total: int, page: int, per_page: int) -> str | None:
    last = max(1, math.ceil(min(total, 1000) / per_page))
    base = f"{request.base_url}{request.path}"

    def url(number: int) -> str:
        return base + "?" + urlencode({**request.query, "page": str(number)})

    links = []
    if page > 1:
        links += [f'<{url(page - 1)}>; rel="prev"']
    if page < last:
        links += [f'<{url(page + 1)}>; rel="next"', f'<{url(last)}>; rel="last"']
    if page > 1:
        links += [f'<{url(1)}>; rel="first"']
    return ", ".join(links) or None


def _sort_repos(items: list[dict[str, Any]], sort: str | None, order: str) -> None:
    key = {
        "stars": "stargazers_count",
        "forks": "forks_count",
        "help-wanted-issues": "open_issues_count",
        "updated": "updated_at",
    }.get(sort or "")
    if key is not None:
        items.sort(key=lambda item: item[key], reverse=order != "asc")


def _readme_text(topic: Topic, repo: dict[str, Any], *, rst: bool, injected: bool) -> str:
    rng = seeded("gh-readme", repo["full_name"])
    language, code = code_sample(topic)
    weak = repo["name"].endswith("-utils") or "-utils-" in repo["name"]
    prose = sentences(topic, rng, 4, weak=weak)
    if injected:
        prose.insert(1, INJECTION_TEXT)
    licence = repo["license"]["name"] if repo["license"] else "No license has been chosen yet."
    description = repo["description"] or f"Small experiments with {topic.inline}."
    name = repo["name"]
    if rst:
        underline = "=" * len(name)
        body = "\n\n".join(prose[:2])
        indented = "\n".join("    " + line if line else "" for line in code.splitlines())
        return (
            f"{name}\n{underline}\n\n{description}\n\n"
            f"Installation\n------------\n\n::\n\n    pip install {name}\n\n"
            f"Usage\n-----\n\n{body}\n\n.. code-block:: {language}\n\n{indented}\n\n"
            f"License\n-------\n\n{licence}\n"
        )
    return (
        f"# {name}\n\n{description}\n\n"
        f"## Installation\n\n```bash\npip install {name}\n```\n\n"
        f"## Usage\n\n{prose[0]}\n\n```{language}\n{code}```\n\n"
        f"## Why {topic.inline}?\n\n" + "\n\n".join(prose[1:]) + "\n\n"
        f"## License\n\n{licence}\n"
    )


def _markdown_html(text: str) -> str:
    """Just enough Markdown for the READMEs above: headings, paragraphs, fenced code."""
    out: list[str] = []
    paragraph: list[str] = []
    code: list[str] | None = None

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{html.escape(' '.join(paragraph))}</p>")
            paragraph.clear()

    for line in text.splitlines():
        if code is not None:
            if line.startswith("```"):
                out.append(
                    f'<div class="highlight"><pre>{html.escape(chr(10).join(code))}</pre></div>'
                )
                code = None
            else:
                code.append(line)
        elif line.startswith("```"):
            flush()
            code = []
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{html.escape(line.lstrip('# ').strip())}</h{level}>")
        elif not line.strip():
            flush()
        else:
            paragraph.append(line.strip())
    flush()
    return "\n".join(out)
