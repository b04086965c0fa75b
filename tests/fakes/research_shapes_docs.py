"""Documentation sites: plain HTML pages (no API, so no api-shapes file).

Every site lives under ``/docs/<site>/`` (``SITES`` in research_docs_pages.py: python, django,
react, mdn, postgresql). Pages are full documents with the chrome an extractor must drop
(header/nav, sidebar, cookie banner, footer, a ``<script>`` and a ``<style>`` whose text carries
``SCRIPT_MARKER``/``STYLE_MARKER``) around a ``<main>``/``<article>`` with headings, paragraphs
and code blocks. Per site:

- ``/docs/<site>/`` index with links to every page; ``sitemap.xml``; ``robots.txt`` (also served
  at ``/robots.txt`` for every site at once) disallowing ``/docs/<site>/private/``;
- the hand-written pages (``PAGES``), e.g. ``/docs/python/3/tutorial/datastructures.html``;
  Django-style pages ending in ``/`` redirect (301) there when asked without it;
- ``topics/<slug>.html``: a generated page about any topic (``topics/list-comprehensions.html``);
- ``search.html?q=...``: a server-side result list linking to matching pages and the topic page;
- special pages (``SPECIAL_PAGES``): ``slow.html`` hangs ``hang_seconds`` (30 s by default) before
  answering; ``redirect-metadata.html``, ``redirect-loopback.html``, ``redirect-private.html`` and
  ``redirect-localhost.html`` redirect (302) to private addresses (``REDIRECT_TARGETS``);
  ``moved.html`` redirects (301) to a page of the same site; ``community-tips.html`` carries a
  prompt-injection paragraph (``INJECTION_TEXT``); ``private/drafts.html`` is disallowed by
  robots.txt (and served all the same, so a test can see who fetched it).

Routes: ``page`` (every HTML/XML document) and ``robots``. Unrouted scripted behaviours apply to
pages only; robots.txt takes only behaviours scripted with ``route="robots"``.
"""

from __future__ import annotations

import html
import math

from tests.fakes.http_fake import Reply
from tests.fakes.research_content import INJECTION_TEXT, Topic, code_sample, seeded, sentences
from tests.fakes.research_docs_pages import SITES, Block, Page, Section, Site
from tests.fakes.research_limits import Charge, Refusal
from tests.fakes.research_shapes import Context, Parsed, Request, SourceShapes, html_page

SCRIPT_MARKER = "trackDocsPageView"
STYLE_MARKER = "docs-theme-accent"
BOILERPLATE = ("Skip to main content", "This site uses cookies to measure traffic")
SPECIAL_PAGES = {
    "hang": "slow.html",
    "redirect_metadata": "redirect-metadata.html",
    "redirect_loopback": "redirect-loopback.html",
    "redirect_private": "redirect-private.html",
    "redirect_localhost": "redirect-localhost.html",
    "redirect_same_site": "moved.html",
    "injection": "community-tips.html",
    "disallowed": "private/drafts.html",
}
REDIRECT_TARGETS = {
    "redirect-metadata.html": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "redirect-loopback.html": "http://127.0.0.1:1/admin/",
    "redirect-private.html": "http://10.0.0.7/internal/",
    "redirect-localhost.html": "http://localhost:1/",
}
DISALLOWED_MARKER = "This draft is not meant to be crawled."
PAGES = {(site.name, path): page for site in SITES.values() for path, page in site.pages.items()}
_SITE_KEYWORD = {
    "python": "python",
    "django": "django",
    "react": "react",
    "mdn": "javascript",
    "postgresql": "postgresql",
}
_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Last-Modified": "Thu, 20 Nov 2026 10:00:00 GMT",
    "Cache-Control": "max-age=600",
}
_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Time-out",
}


def robots_txt(base_url: str, site: str | None) -> str:
    """The robots.txt of ``site`` (None: the host's, for every site)."""
    names = [site] if site else list(SITES)
    lines = [
        f"# robots.txt of the fake documentation {'site ' + site if site else 'host'}",
        "User-agent: *",
    ]
    lines += [f"Disallow: /docs/{name}/private/" for name in names]
    lines += ["", "User-agent: BadBot", "Disallow: /", ""]
    lines += [f"Sitemap: {base_url}/docs/{name}/sitemap.xml" for name in names]
    return "\n".join(lines) + "\n"


def _block(block: Block) -> str:
    kind = block[0]
    if kind == "p":
        return f"<p>{html.escape(block[1])}</p>"
    if kind == "link":
        href, text, summary = block[1], block[2], block[3]
        return (
            f'<p><a href="{html.escape(href)}">{html.escape(text)}</a>: {html.escape(summary)}</p>'
        )
    if kind == "note":
        return (
            '<div class="admonition note">\n<p class="admonition-title">Note</p>\n'
            f"<p>{html.escape(block[1])}</p>\n</div>"
        )
    if kind == "ul":
        items = "\n".join(f"<li><p>{html.escape(item)}</p></li>" for item in block[1:])
        return f'<ul class="simple">\n{items}\n</ul>'
    language, code = block[1], block[2]
    return (
        f'<div class="highlight-{language} notranslate"><div class="highlight">'
        f'<pre><span></span><code class="language-{language}">{html.escape(code)}</code></pre>'
        "</div></div>"
    )


def render(site: Site, title: str, sections: tuple[Section, ...], *, lead: str = "") -> str:
    """A whole documentation page: chrome around ``<main><article>`` with the sections."""
    prefix = f"/docs/{site.name}/"
    nav = "\n".join(
        f'      <a href="{prefix}{path}">{html.escape(label)}</a>' for label, path in site.nav
    )
    toc = "\n".join(
        f'        <li><a class="reference internal" href="#{s.anchor}">'
        f"{html.escape(s.heading)}</a></li>"
        for s in sections
    )
    body = []
    for section in sections:
        blocks = "\n".join(_block(b) for b in section.blocks)
        heading = html.escape(section.heading)
        level = section.level
        body.append(
            f'<section id="{section.anchor}">\n<h{level}>{heading}<a class="headerlink" '
            f'href="#{section.anchor}" title="Link to this heading">¶</a></h{level}>\n'
            f"{blocks}\n</section>"
        )
    lead_html = f'<p class="lead">{html.escape(lead)}</p>\n' if lead else ""
    return f"""<!DOCTYPE html>
<html lang="en" data-content_root="{prefix}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{html.escape(title)} — {html.escape(site.title)}</title>
    <link rel="stylesheet" type="text/css" href="{prefix}_static/pygments.css">
    <style>
      :root {{ --{STYLE_MARKER}: #3572a5; }}
      .sidebar {{ width: 18rem; float: left; }} .{STYLE_MARKER} {{ color: var(--{STYLE_MARKER}); }}
    </style>
    <script>
      window.dataLayer = window.dataLayer || [];
      function {SCRIPT_MARKER}() {{
        window.dataLayer.push({{"event": "page_view", "page": location.pathname}});
      }}
    </script>
  </head>
  <body>
    <a class="skip-link" href="#main-content">{BOILERPLATE[0]}</a>
    <header class="site-header">
      <nav class="top-nav" aria-label="Main">
      <a class="brand" href="{prefix}">{html.escape(site.title)}</a>
{nav}
      </nav>
      <form class="search" role="search" action="{prefix}search.html" method="get">
        <input type="search" name="q" placeholder="Quick search" aria-label="Search">
      </form>
    </header>
    <div class="layout">
      <aside class="sidebar">
        <nav aria-label="On this page"><h3>Table of Contents</h3>
        <ul>
{toc}
        </ul></nav>
      </aside>
      <main id="main-content">
        <article class="document" role="main">
<h1>{html.escape(title)}<a class="headerlink" href="#" title="Link to this heading">¶</a></h1>
{lead_html}{chr(10).join(body)}
        </article>
      </main>
    </div>
    <noscript>Search needs JavaScript in some browsers.</noscript>
    <div class="cookie-banner" role="dialog">{BOILERPLATE[1]}. <button>Accept</button></div>
    <footer class="site-footer">
      <p>{html.escape(site.copyright)} <a href="{prefix}about/privacy.html">Privacy policy</a></p>
    </footer>
    <script>document.addEventListener("DOMContentLoaded", {SCRIPT_MARKER});</script>
  </body>
</html>
"""


def topic_page(
    site: Site, slug: str, *, injection: bool = False
) -> tuple[str, tuple[Section, ...], str]:
    """(title, sections, lead) of the generated page about ``slug`` on ``site``."""
    topic = Topic.of(slug.replace("-", " ").replace("_", " "), fallback=_SITE_KEYWORD[site.name])
    coded = Topic(topic.query, (*topic.keywords, _SITE_KEYWORD[site.name]))
    rng = seeded("docs-topic", site.name, topic.key)
    language, code = code_sample(coded)
    overview: list[Block] = [("p", s) for s in sentences(topic, rng, 2)]
    if injection:
        overview.insert(1, ("p", INJECTION_TEXT))
    sections = (
        Section("overview", "Overview", tuple(overview)),
        Section(
            "usage",
            f"Using {topic.inline}",
            (("p", " ".join(sentences(topic, rng, 3))), ("code", language, code)),
        ),
        Section(
            "pitfalls",
            "Common pitfalls",
            (("ul", *sentences(topic, rng, 3)),),
        ),
    )
    return topic.title, sections, f"This page explains {topic.inline}."


class DocsShapes(SourceShapes):
    name = "docs"
    routes = ("page", "robots")
    default_routes = ("page",)
    rate_limits = ("burst",)
    auth_variants = ("forbidden",)

    def __init__(self) -> None:
        self.hang_seconds = 30.0
        self.robots: dict[str, tuple[int, str]] = {}  # site ("" for /robots.txt): (status, body)

    def reset(self) -> None:
        self.hang_seconds = 30.0
        self.robots.clear()

    def parse(self, request: Request) -> Parsed | Reply:
        if request.path == "/robots.txt":
            return Parsed("robots", {"site": ""})
        site, _, page = request.local.lstrip("/").partition("/")
        if site not in SITES:
            return self._not_found_page()
        if page == "robots.txt":
            return Parsed("robots", {"site": site})
        return Parsed("page", {"site": site, "page": page})

    def delay(self, parsed: Parsed) -> float:
        """Extra seconds before answering: the slow page hangs."""
        return self.hang_seconds if parsed.params.get("page") == SPECIAL_PAGES["hang"] else 0.0

    def buckets(self, request: Request, parsed: Parsed, identity: str) -> list[Charge]:
        return [Charge("per_minute")]

    def refused(self, request: Request, parsed: Parsed, refusal: Refusal) -> Reply | None:
        return self.too_many(refusal.wait)

    @staticmethod
    def too_many(wait: float) -> Reply:
        seconds = str(max(1, math.ceil(round(wait, 6))))
        return html_page(429, "429 Too Many Requests", "Slow down.", {"Retry-After": seconds})

    # -- errors ----------------------------------------------------------------------------------
    @staticmethod
    def _not_found_page() -> Reply:
        return html_page(404, "404 Not Found", "The page you were looking for does not exist.")

    def server_error(self, ctx: Context, status: int, retry_after: float | None) -> Reply:
        headers = {"Retry-After": str(math.ceil(retry_after))} if retry_after else {}
        title = f"{status} {_REASONS[status]}"
        return html_page(status, title, "nginx", headers)

    def rate_limited(self, ctx: Context) -> Reply:
        return self.too_many(ctx.behaviour.retry_after or 1)

    def auth_error(self, ctx: Context, variant: str) -> Reply:
        return html_page(403, "403 Forbidden", "You don't have permission to access this resource.")

    def not_found(self, ctx: Context) -> Reply:
        return self._not_found_page()

    def redirect(self, ctx: Context, location: str, status: int) -> Reply:
        body = f'<html><body>Moved to <a href="{html.escape(location)}">here</a>.</body></html>\n'
        return Reply(
            status,
            body.encode(),
            {"Location": location, "Content-Type": "text/html; charset=utf-8"},
        )

    # -- content ---------------------------------------------------------------------------------
    def content(self, ctx: Context) -> Reply:
        request, params = ctx.request, ctx.parsed.params
        if ctx.parsed.route == "robots":
            site = params["site"]
            status, text = self.robots.get(site) or (
                200,
                robots_txt(request.base_url, site or None),
            )
            reply = Reply(status, text.encode(), {"Content-Type": "text/plain; charset=utf-8"})
            return self.encode(request, reply)
        site, page = SITES[params["site"]], params["page"]
        prefix = f"{request.base_url}/docs/{site.name}/"
        if page in REDIRECT_TARGETS:
            return self.redirect(ctx, REDIRECT_TARGETS[page], 302)
        if page == SPECIAL_PAGES["redirect_same_site"]:
            return self.redirect(ctx, prefix + next(iter(site.pages)), 301)
        if page + "/" in site.pages:
            return self.redirect(ctx, prefix + page + "/", 301)
        document = self._document(ctx, site, page)
        if document is None:
            return self._not_found_page()
        text, content_type = document
        return self.encode(
            request, Reply(200, text.encode(), {**_HEADERS, "Content-Type": content_type})
        )

    def _document(self, ctx: Context, site: Site, page: str) -> tuple[str, str] | None:
        html_type = _HEADERS["Content-Type"]
        injection = ctx.behaviour.injection
        if page in site.pages:
            fixed: Page = site.pages[page]
            sections = fixed.sections
            if injection:
                first = sections[0]
                blocks = (first.blocks[0], ("p", INJECTION_TEXT), *first.blocks[1:])
                sections = (
                    Section(first.anchor, first.heading, blocks, first.level),
                    *sections[1:],
                )
            return render(site, fixed.title, sections), html_type
        if page in ("", "index.html"):
            return self._index(site), html_type
        if page == "sitemap.xml":
            return self._sitemap(ctx.request, site), "application/xml"
        if page == "search.html":
            return self._search(ctx.request, site), html_type
        if page.startswith("topics/") and page.endswith(".html"):
            title, sections, lead = topic_page(site, page[len("topics/") : -5], injection=injection)
            return render(site, title, sections, lead=lead), html_type
        if page == SPECIAL_PAGES["hang"]:
            title, sections, lead = topic_page(site, _SITE_KEYWORD[site.name] + "-performance")
            return render(site, title, sections, lead=lead), html_type
        if page == SPECIAL_PAGES["injection"]:
            keyword = _SITE_KEYWORD[site.name]
            slug = "list-comprehensions" if keyword == "python" else keyword + "-tips"
            title, sections, lead = topic_page(site, slug, injection=True)
            return render(site, "Tips from the community: " + title, sections, lead=lead), html_type
        if page == SPECIAL_PAGES["disallowed"]:
            section = Section("draft", "Draft", (("p", DISALLOWED_MARKER),))
            return render(site, "Unpublished draft", (section,)), html_type
        return None

    def _index(self, site: Site) -> str:
        prefix = f"/docs/{site.name}/"
        links: tuple[Block, ...] = tuple(
            ("link", f"{prefix}{path}", page.title, page.summary)
            for path, page in site.pages.items()
        )
        section = Section("contents", "Contents", links)
        return render(site, site.title, (section,), lead=f"Welcome to the {site.title}.")

    def _sitemap(self, request: Request, site: Site) -> str:
        urls = "".join(
            f"<url><loc>{request.base_url}/docs/{site.name}/{path}</loc><lastmod>2026-11-20</lastmod></url>"
            for path in site.pages
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
        )

    def _search(self, request: Request, site: Site) -> str:
        query = request.query.get("q", "")
        topic = Topic.of(query, fallback=_SITE_KEYWORD[site.name])
        wanted = set(topic.keywords)
        prefix = f"/docs/{site.name}/"
        results = []
        for path, page in site.pages.items():
            text = " ".join([page.title, page.summary, *(s.heading for s in page.sections)]).lower()
            if wanted & set(Topic.of(text).keywords):
                results.append((f"{prefix}{path}", page.title, page.summary))
        results.append((f"{prefix}topics/{topic.slug}.html", topic.title, f"About {topic.inline}."))
        items = "\n".join(
            f'<li><a href="{href}">{html.escape(title)}</a>'
            f'<p class="context">{html.escape(summary)}</p></li>'
            for href, title, summary in results
        )
        section = Section("search-results", "Search Results", (("p", f"Results for {query}"),))
        text = render(site, "Search", (section,))
        return text.replace("</section>", f'<ul class="search">\n{items}\n</ul>\n</section>', 1)
