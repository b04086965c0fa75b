"""Sections and links from documentation HTML: the fake sites' pages and small samples."""

from __future__ import annotations

import httpx
import pytest

from skillsync.research.extract import (
    MAX_SECTION_CHARS,
    Link,
    extract_links,
    extract_sections,
    heading_anchors,
    page_title,
)
from tests.fakes import research_server
from tests.fakes.research_server import (
    BOILERPLATE,
    INJECTION_TEXT,
    SCRIPT_MARKER,
    SPECIAL_PAGES,
    STYLE_MARKER,
    FakeResearchServer,
)

fake_research = research_server.fake_research  # the fixture


def html_of(fake: FakeResearchServer, site: str, page: str) -> str:
    return httpx.get(fake.docs_url(site, page), timeout=5).text


def test_a_documentation_page_becomes_sections_with_anchors_and_code(fake_research) -> None:
    html = html_of(fake_research, "python", "3/tutorial/datastructures.html")

    sections = extract_sections(html)

    assert [(s.title, s.anchor, s.level) for s in sections] == [
        ("5.1. More on Lists", "more-on-lists", 2),
        ("5.1.3. List Comprehensions", "list-comprehensions", 3),
        ("5.1.4. Nested List Comprehensions", "nested-list-comprehensions", 3),
        ("5.2. The del statement", "the-del-statement", 2),
    ]
    comprehensions = sections[1].text
    assert comprehensions.startswith("List comprehensions provide a concise way to create lists.")
    assert ">>> for x in range(10):\n...     squares.append(x**2)" in comprehensions  # verbatim
    assert "<code" not in comprehensions
    assert "<p>" not in comprehensions


@pytest.mark.parametrize(
    ("site", "page"),
    [
        ("python", "3/howto/functional.html"),
        ("django", "en/6.1/topics/db/models/"),
        ("react", "reference/react/hooks"),
        ("mdn", "en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/map"),
        ("postgresql", "docs/current/indexes-intro.html"),
        ("python", "topics/list-comprehensions.html"),
    ],
)
def test_scripts_styles_and_page_chrome_are_left_out(fake_research, site, page) -> None:
    sections = extract_sections(html_of(fake_research, site, page))

    assert sections
    text = "\n".join(f"{s.title}\n{s.text}" for s in sections)
    for chrome in (SCRIPT_MARKER, STYLE_MARKER, *BOILERPLATE, "Quick search", "Table of Contents"):
        assert chrome not in text
    assert all(s.text.strip() for s in sections)


def test_an_injected_instruction_is_kept_as_plain_text(fake_research) -> None:
    sections = extract_sections(html_of(fake_research, "python", SPECIAL_PAGES["injection"]))

    overview = next(s for s in sections if s.title == "Overview")
    assert INJECTION_TEXT in overview.text


def test_headings_take_their_own_id_their_permalink_or_their_section_id() -> None:
    html = """<html><head><title>Sample</title></head><body><main>
    <h1>Sample</h1>
    <h2 id="syntax">Syntax</h2><p>map(callbackFn) calls a function on every element.</p>
    <h2>Return value<a class="headerlink" href="#return-value">¶</a></h2>
    <p>A new array with each element being the result of the callback function.</p>
    <section id="examples"><h2>Examples</h2><p>Mapping an array of numbers to square roots.</p>
    <h3>Plain heading</h3><p>No anchor for this heading at all, only words.</p></section>
    </main></body></html>"""

    sections = extract_sections(html)

    assert [(s.title, s.anchor) for s in sections] == [
        ("Syntax", "syntax"),
        ("Return value", "return-value"),
        ("Examples", "examples"),
        ("Plain heading", ""),
    ]
    assert heading_anchors(html)["return value"] == "return-value"


def test_text_before_the_first_heading_is_titled_with_the_page() -> None:
    html = """<html><head><title>Quick reference</title></head><body><article>
    <p>Some words before any heading, explaining what this page is about.</p>
    <h2 id="lists">Lists and tables</h2>
    <ul><li>first item of the list</li><li>second item of the list</li></ul>
    <table><tr><th>Name</th><th>Meaning</th></tr><tr><td>len</td><td>size</td></tr></table>
    </article></body></html>"""

    sections = extract_sections(html)

    assert sections[0].title == "Quick reference"
    assert sections[0].level == 0
    assert sections[1].title == "Lists and tables"
    assert "- first item of the list\n- second item of the list" in sections[1].text
    assert "len | size" in sections[1].text
    assert page_title(html) == "Quick reference"


def test_a_very_long_section_is_cut_at_a_paragraph() -> None:
    paragraphs = "".join(f"<p>Paragraph {n}: {'words ' * 60}</p>" for n in range(40))
    html = f"<html><body><main><h2 id='long'>Long</h2>{paragraphs}</main></body></html>"

    (section,) = extract_sections(html)

    assert len(section.text) <= MAX_SECTION_CHARS + 2
    assert section.text.endswith(" …")


@pytest.mark.parametrize("html", ["", "   ", "<html><body></body></html>"])
def test_an_empty_page_has_no_sections(html) -> None:
    assert extract_sections(html) == []


def test_links_are_absolute_without_fragments_and_carry_their_summary(fake_research) -> None:
    links = extract_links(html_of(fake_research, "python", ""), fake_research.docs_url("python"))

    by_url = {link.url: link.text for link in links}
    tutorial = fake_research.docs_url("python", "3/tutorial/datastructures.html")
    assert by_url[tutorial] == (
        "5. Data Structures : Lists, list comprehensions, nested list comprehensions and the "
        "del statement."
    )


def test_several_links_to_one_page_are_one_link() -> None:
    html = """<html><body>
    <a href="datastructures.html">5. Data Structures</a>
    <a href="datastructures.html#list-comprehensions">5.1.3. List Comprehensions</a>
    <a href="#top">Back to top</a><a href="mailto:docs@example.org">Mail</a>
    </body></html>"""

    links = extract_links(html, "https://docs.example.org/3/tutorial/index.html")

    assert links == [
        Link(
            "https://docs.example.org/3/tutorial/datastructures.html",
            "5. Data Structures 5.1.3. List Comprehensions",
        )
    ]
