"""Official documentation as passages: the catalog's documentation sites, read like a person
would (the site's own index pages, then the pages they link to), through the safe fetcher.

For a topic:

1. sites: those with a keyword among the topic's words (case-insensitive, plural-insensitive);
   none -> SourceUnavailable. Sites with more matching keywords come first.
2. candidates: each site's index pages (kept in process for ``INDEX_TTL_SECONDS``: they change
   rarely) give links inside the site; each link is scored by BM25 (skillsync.research.bm25) of
   its text (the link's words, the summary after it, the words of its path) against the topic,
   less the chosen sites' names (on the Python documentation, every page is about Python).
   Links sharing no word with the topic are dropped; sites take turns, best link first.
3. pages: the best candidates are read until ``limit`` pages came back, each within a fair share
   of the time left (the time left divided by the pages still wanted), so a page that hangs costs
   its share and is skipped, never the whole ``time_limit``. A refused or failing page (robots,
   redirect, not HTML, error) is skipped for the next candidate, at most ``2 * limit`` tries.
4. passages: every section of those pages (extract.py) scored by BM25 against the topic (heading
   words count twice), plus the share of its heading's words that are topic words; the best
   ``limit`` sections that share a word with the topic.

Every request (index, page, redirect hop, robots.txt) spends one call of the docs budget. Nothing
read -> SourceFailed with the reasons; budget spent before anything was read -> SourceUnavailable.
"""

from __future__ import annotations

import re
import threading
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.utils import timezone

from skillsync.core.http import Timeouts
from skillsync.research import bm25
from skillsync.research.catalog import DocsSite, ResearchCatalog, SourceConfig
from skillsync.research.extract import Link, Section, extract_links, extract_sections, page_title
from skillsync.research.fetch import ROBOTS, FetchError, Origin, SafeFetcher
from skillsync.research.passages import Passage, passage_id
from skillsync.research.safety import flagged
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.budget import spend

INDEX_TTL_SECONDS = 6 * 3600.0
MIN_SECTION_CHARS = 30
DOCS_QUALITY = 0.9  # official documentation: authoritative, though a section can lag a release
_NOT_PAGES = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|ico|css|js|mjs|json|xml|txt|pdf|zip|gz|bz2|xz|tar|epub|woff2?)$",
    re.IGNORECASE,
)
_PATH_NOISE = frozenset({"html", "htm", "index", "en", "us", "docs", "doc", "stable", "current"})


def sites_for(topic: str, catalog: ResearchCatalog) -> list[DocsSite]:
    """The documentation sites for ``topic``: a keyword of theirs is one of its words."""
    words = set(bm25.tokens(topic))
    ranked = []
    for order, site in enumerate(catalog.docs.values()):
        hits = len(words & {bm25.fold(keyword.lower()) for keyword in site.keywords})
        if hits:
            ranked.append((-hits, order, site))
    return [site for _hits, _order, site in sorted(ranked, key=lambda item: item[:2])]


def allowed_origins(catalog: ResearchCatalog) -> set[Origin]:
    origins = (Origin.of(site.url) for site in catalog.docs.values())
    return {origin for origin in origins if origin is not None}


class _IndexCache:
    """The links of index pages, per URL, for every research run of this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, list[Link]]] = {}

    def get(self, url: str) -> list[Link] | None:
        with self._lock:
            entry = self._entries.get(url)
            if entry is None or entry[0] <= time.monotonic():
                self._entries.pop(url, None)
                return None
            return entry[1]

    def put(self, url: str, links: list[Link]) -> None:
        with self._lock:
            self._entries[url] = (time.monotonic() + INDEX_TTL_SECONDS, links)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


INDEXES = _IndexCache()


def clear_caches() -> None:
    """Forget index pages and robots.txt files read so far (tests, operators)."""
    INDEXES.clear()
    ROBOTS.clear()


@dataclass(frozen=True)
class _Candidate:
    site: DocsSite
    url: str


@dataclass(frozen=True)
class _Page:
    site: DocsSite
    url: str
    title: str
    sections: list[Section]


@dataclass
class _Run:
    deadline: float
    failures: list[str] = field(default_factory=list)
    unavailable: SourceUnavailable | None = None

    def share(self, jobs: int) -> float:
        """A fair share of the time left for one of ``jobs`` remaining fetches."""
        return (self.deadline - time.monotonic()) / max(1, jobs)

    @property
    def out_of_time(self) -> bool:
        return time.monotonic() >= self.deadline


class DocsSource:
    name = "docs"

    def __init__(self, config: SourceConfig, catalog: ResearchCatalog) -> None:
        self.config = config
        self.catalog = catalog

    def fetch(self, topic: str, *, style: str, limit: int, time_limit: float) -> list[Passage]:
        """Up to ``limit`` documentation sections about ``topic`` (``style`` does not change
        what documentation says)."""
        sites = sites_for(topic, self.catalog)
        if not sites:
            raise SourceUnavailable("no documentation site for this topic")
        if limit <= 0:
            return []
        # Within a site every page is about the site's subject: its name tells pages apart no
        # more ("Python list comprehensions" on the Python docs ranks by "list comprehensions").
        names = {bm25.fold(site.name.lower()) for site in sites}
        query = [word for word in bm25.tokens(topic) if word not in names] or bm25.tokens(topic)
        run = _Run(deadline=time.monotonic() + time_limit)
        timeouts = Timeouts(
            connect=self.config.timeouts.connect_seconds,
            read=self.config.timeouts.read_seconds,
            total=self.config.timeouts.connect_seconds + self.config.timeouts.read_seconds,
        )
        with SafeFetcher(
            allowed=allowed_origins(self.catalog), timeouts=timeouts, around_request=self._spend
        ) as fetcher:
            candidates = self._candidates(fetcher, sites, query, limit, run)
            pages = self._read(fetcher, candidates, limit, run)
        if not pages:
            if run.unavailable is not None:
                raise run.unavailable
            if run.failures:
                raise SourceFailed("no documentation could be read: " + "; ".join(run.failures[:3]))
            return []
        return self._passages(pages, query, limit)

    def _spend(self, _url: str) -> AbstractContextManager[None]:
        return spend(self.config)

    # -- which pages ----------------------------------------------------------------------------
    def _candidates(
        self,
        fetcher: SafeFetcher,
        sites: list[DocsSite],
        query: list[str],
        limit: int,
        run: _Run,
    ) -> list[_Candidate]:
        indexes = {
            site.name: [f"{site.url}/{path.lstrip('/')}" for path in site.index_paths]
            for site in sites
        }
        queue = [url for site in sites for url in indexes[site.name]]
        per_site = []
        for site in sites:
            links: dict[str, Link] = {}
            for index_url in indexes[site.name]:
                # The indexes still to read and the pages to come share the time left.
                queue.remove(index_url)
                jobs = 1 + sum(INDEXES.get(url) is None for url in queue) + limit
                for link in self._index(fetcher, site, index_url, run, jobs=jobs):
                    if link.url not in indexes[site.name]:
                        links.setdefault(link.url, link)
            per_site.append(_ranked_links(site, list(links.values()), query))
        chosen: list[_Candidate] = []
        for turn in range(max((len(ranked) for ranked in per_site), default=0)):
            for site, ranked in zip(sites, per_site, strict=True):
                if turn < len(ranked) and ranked[turn] not in {c.url for c in chosen}:
                    chosen.append(_Candidate(site, ranked[turn]))
        return chosen

    def _index(
        self, fetcher: SafeFetcher, site: DocsSite, url: str, run: _Run, *, jobs: int
    ) -> list[Link]:
        cached = INDEXES.get(url)
        if cached is not None:
            return cached
        if run.out_of_time or run.unavailable is not None:
            return []
        try:
            page = fetcher.fetch(url, time_limit=run.share(jobs))
        except FetchError as error:
            run.failures.append(f"index {url}: {error.kind}")
            return []
        except SourceUnavailable as unavailable:
            run.unavailable = unavailable
            return []
        prefix = site.url + "/"
        links = [
            link
            for link in extract_links(page.text, page.url)
            if (link.url + "/").startswith(prefix)
            and "?" not in link.url
            and not _NOT_PAGES.search(urlsplit(link.url).path)
        ]
        INDEXES.put(url, links)
        return links

    def _read(
        self, fetcher: SafeFetcher, candidates: list[_Candidate], limit: int, run: _Run
    ) -> list[_Page]:
        pages: list[_Page] = []
        for candidate in candidates[: 2 * limit]:
            if len(pages) >= limit or run.out_of_time or run.unavailable is not None:
                break
            try:
                page = fetcher.fetch(candidate.url, time_limit=run.share(limit - len(pages)))
            except FetchError as error:
                run.failures.append(f"{candidate.url}: {error.kind}")
                continue
            except SourceUnavailable as unavailable:
                run.unavailable = unavailable
                break
            html = page.text
            title = page_title(html)
            pages.append(_Page(candidate.site, page.url, title, extract_sections(html)))
        return pages

    # -- which sections -------------------------------------------------------------------------
    def _passages(self, pages: list[_Page], query: list[str], limit: int) -> list[Passage]:
        found = [
            (page, section)
            for page in pages
            for section in page.sections
            if len(section.text) >= MIN_SECTION_CHARS
        ]
        scores = bm25.scores(
            query, [bm25.tokens(s.title) * 2 + bm25.tokens(s.text) for _page, s in found]
        )
        scores = [
            score + _heading_fit(query, section.title) if score else 0.0
            for score, (_page, section) in zip(scores, found, strict=True)
        ]
        ranked = sorted(
            ((score, i) for i, score in enumerate(scores) if score > 0), key=lambda x: (-x[0], x[1])
        )[:limit]
        if not ranked:
            return []
        best = ranked[0][0]
        now = timezone.now()
        passages = []
        seen: set[str] = set()
        for score, i in ranked:
            page, section = found[i]
            key = section.anchor or section.title
            while passage_id(self.name, page.url, key) in seen:  # two untitled twins on a page
                key += "'"
            seen.add(passage_id(self.name, page.url, key))
            passages.append(
                Passage(
                    id=passage_id(self.name, page.url, key),
                    source="docs",
                    kind="doc_section",
                    url=f"{page.url}#{section.anchor}" if section.anchor else page.url,
                    title=section.title or page.title,
                    text=section.text,
                    licence=page.site.licence,
                    retrieved_at=now,
                    quality=DOCS_QUALITY,
                    relevance=round(score / best, 4),
                    extra=flagged({"site": page.site.name, "page": page.title}, section.text),
                )
            )
        return passages


def _ranked_links(site: DocsSite, links: list[Link], query: list[str]) -> list[str]:
    """The URLs of ``links`` that share a word with the topic, most relevant first."""
    documents = [bm25.tokens(link.text) + _path_words(site, link.url) for link in links]
    scores = bm25.scores(query, documents)
    order = sorted(range(len(links)), key=lambda i: (-scores[i], i))
    return [links[i].url for i in order if scores[i] > 0]


def _heading_fit(query: list[str], heading: str) -> float:
    """The share of the heading's words that are topic words: between two sections that both
    match, the one whose heading names just the topic ("List Comprehensions") comes first."""
    words = [word for word in bm25.tokens(heading) if not word.isdigit()]
    return sum(word in query for word in words) / len(words) if words else 0.0


def _path_words(site: DocsSite, url: str) -> list[str]:
    path = url[len(site.url) :] if url.startswith(site.url) else urlsplit(url).path
    return [word for word in bm25.tokens(path) if word not in _PATH_NOISE]
