"""Exporting lessons and modules as Markdown: each style, from real offline research, reads
back with every citation resolving to a passage of the lesson; a module has one source list;
hostile lesson text exports inert."""

from __future__ import annotations

from typing import Any

import pytest

from skillsync.generation.offline import offline_lesson
from skillsync.learning.export import LessonDoc, lesson_markdown, module_markdown
from skillsync.research.service import research_topic
from tests.generation import lesson_samples
from tests.generation.offline_support import STYLE_NAMES, lesson_context
from tests.learning.export_support import assert_inert, assert_round_trip, read_export

TOPIC = "Lists and list methods"
VIDEO: dict[str, Any] = {
    "id": "p_video0000001",
    "source": "youtube",
    "kind": "video",
    "title": "Python lists in 15 minutes",
    "url": "https://www.youtube.com/watch?v=lists15",
    "text": "A walk through append, insert, pop and sorting lists, with examples.",
    "extra": {"duration_seconds": 905, "chapters": [{"start_seconds": 125, "title": "Sorting"}]},
}
VIDEO_SOURCE = {
    "passage_id": VIDEO["id"],
    "url": VIDEO["url"],
    "title": VIDEO["title"],
    "author": "A teacher",
    "licence": "YouTube standard licence",
}


def _researched(style: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A lesson the built-in provider writes from real offline research, and its attribution
    (a video passage added for the styles that show videos)."""
    videos = (VIDEO,) if style in ("video", "mixed") else ()
    lesson = offline_lesson(lesson_context(TOPIC, style, extra_passages=videos))
    attribution = research_topic(TOPIC, style=style).source_attribution()
    if videos:
        attribution["youtube"] = [VIDEO_SOURCE]
    return lesson, attribution


@pytest.mark.django_db
@pytest.mark.parametrize("style", STYLE_NAMES)
def test_each_style_exports_with_every_citation_resolving(style: str) -> None:
    lesson, attribution = _researched(style)

    markdown = lesson_markdown(
        LessonDoc(TOPIC, lesson, attribution, style=style, difficulty="beginner")
    )

    exported = assert_round_trip(markdown, [lesson], attribution)
    assert_inert(markdown)
    assert markdown.startswith(f"# {TOPIC}\n")
    assert "## Quiz" in markdown
    for question in lesson["quiz"]["questions"]:
        assert question["options"]
        assert "**Answer:**" in markdown
    assert markdown.index("## Quiz") < markdown.index("## Sources")
    if style in ("video", "mixed"):
        assert f"[{VIDEO['title']}]({VIDEO['url']})" in markdown
        assert any(entry.url == VIDEO["url"] and entry.cited for entry in exported.sources)
    if style == "reading":
        assert any(info == "mermaid" for info, _ in exported.code_blocks)


def test_a_sample_of_each_style_shows_its_parts() -> None:
    cites = ["p_doc", "p_answer"]
    attribution = {
        "docs": [
            {
                "passage_id": "p_doc",
                "url": "https://docs.python.org/3/tutorial/datastructures.html",
                "title": "Data structures",
                "author": "",
                "licence": "PSF-2.0",
            },
        ],
        "stackexchange": [
            {
                "passage_id": "p_answer",
                "url": "https://stackoverflow.com/a/1",
                "title": "What is a comprehension?",
                "author": "ada",
                "licence": "CC BY-SA 4.0",
            },
            {
                "passage_id": "p_unused",
                "url": "https://stackoverflow.com/a/2",
                "title": "Unused",
                "author": "",
                "licence": "",
            },
        ],
        "youtube": [VIDEO_SOURCE],
    }
    docs = {
        "hands_on": lesson_samples.hands_on(cites),
        "reading": lesson_samples.reading(cites),
        "video": lesson_samples.video(cites, videos=[VIDEO["id"]]),
        "mixed": lesson_samples.mixed(cites, videos=[VIDEO["id"]]),
    }
    for style, content in docs.items():
        markdown = lesson_markdown(LessonDoc("Comprehensions", content, attribution, style=style))
        assert_round_trip(markdown, [content], attribution)
        assert_inert(markdown)
        assert ". [Unused](https://stackoverflow.com/a/2) · consulted, not cited\n" in markdown
        assert (
            ". [What is a comprehension?](https://stackoverflow.com/a/1) · ada · CC BY-SA 4.0\n"
            in markdown
        )

    hands_on = lesson_markdown(LessonDoc("Comprehensions", docs["hands_on"], attribution))
    assert "## Idea [1] [2]" in hands_on
    assert "### Exercise 1: Squares [1]\n" in hands_on  # numbered by first use
    assert "#### Starter code\n\n```python\nnumbers = [1, 2, 3]\n# your code here\n```" in hands_on
    assert "#### Hints\n\n- Use \\[n * n for n in numbers\\]." in hands_on  # no link syntax
    assert (
        "#### Solution\n\n```python\nnumbers = [1, 2, 3]\nprint([n * n for n in numbers])\n```"
        in hands_on
    )
    assert "<details" not in hands_on
    assert "## Project: Grade book" in hands_on
    assert "*About 30 minutes.*" in hands_on
    assert "**Answer:** a list" in hands_on
    assert "Square brackets make a list comprehension." in hands_on
    reading = lesson_markdown(LessonDoc("Comprehensions", docs["reading"], attribution))
    assert "```mermaid\nflowchart LR\n  A\\[iterable\\]" not in reading  # diagrams stay as written
    assert "```mermaid\nflowchart LR\n  A[iterable] --> B[expression] --> C[list]\n```" in reading
    assert "```python\n[x for x in y]\n```" in reading
    video = lesson_markdown(LessonDoc("Comprehensions", docs["video"], attribution))
    assert f"### 1. [{VIDEO['title']}]({VIDEO['url']}) [1]" in video  # the first thing cited
    assert "- 0:00 Intro" in video
    assert "## Study guide" in video


def test_a_module_has_one_numbered_source_list() -> None:
    shared = {"passage_id": "p_shared", "url": "https://docs.python.org/3/a", "title": "Shared"}
    first_only = {"passage_id": "p_first", "url": "https://docs.python.org/3/b", "title": "First"}
    second_only = {
        "passage_id": "p_second",
        "url": "https://docs.python.org/3/c",
        "title": "Second",
    }
    one = lesson_samples.reading(["p_first", "p_shared"])
    two = lesson_samples.hands_on(["p_shared", "p_second"])
    lessons = [
        LessonDoc("One", one, {"docs": [first_only, shared]}),
        LessonDoc("Not yet", None, {}),
        LessonDoc("Two", two, {"docs": [shared, second_only]}),
    ]

    markdown = module_markdown(title="Lists", description="All about lists.", lessons=lessons)

    attribution = {"docs": [first_only, shared, second_only]}
    exported = assert_round_trip(markdown, [one, two], attribution)
    assert markdown.count("## Sources") == 1
    assert [(e.number, e.title) for e in exported.sources] == [
        (1, "First"),
        (2, "Shared"),
        (3, "Second"),
    ]
    assert "## Lesson 2: Not yet\n\n*Not generated yet.*" in markdown
    assert markdown.index("## Lesson 1: One") < markdown.index("## Lesson 3: Two")
    assert "### Quiz" in markdown
    assert "#### Question 1" in markdown


def test_citations_that_name_no_source_are_left_out() -> None:
    content = lesson_samples.reading(["p_known", "p_nowhere"])
    attribution = {
        "docs": [{"passage_id": "p_known", "url": "https://example.org/k", "title": "K"}]
    }

    markdown = lesson_markdown(LessonDoc("Comprehensions", content, attribution))

    exported = read_export(markdown)
    assert set(exported.markers) == {1}
    assert [(e.number, e.url) for e in exported.sources] == [(1, "https://example.org/k")]


HOSTILE_BODY = """Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>.

A [link](javascript:alert(3)) and ![image](javascript:alert(4)) and [ref][x].

[x]: javascript:alert(5)

<javascript:alert(6)> <!-- comment --> `<b>code</b>` stays code.

Spoofed marker [1] and \\`<i>escaped backtick</i>`.

a ` b
`<script>across lines</script>` c

- ```
  ```
<script>after a list fence</script>

~~~
<script>in a tilde fence</script>
~~~

```python
print("<b>unclosed fence</b>")"""


def _hostile() -> dict[str, Any]:
    content = lesson_samples.reading(["p_evil", "p_good"])
    content["title"] = "<script>alert(7)</script>"
    content["summary"] = "[click](javascript:alert(8))"
    content["sections"][0] = {
        "heading": "<h1>x</h1> ## [9]",
        "body": HOSTILE_BODY,
        "cites": ["p_evil"],
    }
    content["sections"][1]["body"] = "Back to normal [2], `a < b`."
    content["diagrams"] = [
        'flowchart LR\n  A["<img src=x onerror=alert(10)>"]\n  click A "javascript:alert(11)"'
    ]
    content["code_examples"][0]["code"] = "```\n<script>alert(12)</script>\n```"
    content["code_examples"][0]["language"] = "python onerror=alert(13)"
    content["quiz"]["questions"][0]["options"] = ["<b>a</b>", "[x](javascript:alert(14))", "ok"]
    content["quiz"]["questions"][0]["answer"] = "ok"
    return content


def test_a_hostile_lesson_exports_inert() -> None:
    attribution = {
        "docs": [
            {
                "passage_id": "p_evil",
                "url": "javascript:alert(15)",
                "title": "[Evil](javascript:x)",
                "author": "<b>me</b>",
                "licence": "x)",
            },
            {"passage_id": "p_good", "url": "https://example.org/a b(c)", "title": "Good"},
        ]
    }

    markdown = lesson_markdown(LessonDoc("<b>Lesson</b>", _hostile(), attribution))

    exported = assert_inert(markdown)
    assert "javascript:" not in "".join(e.url or "" for e in exported.sources)
    assert exported.sources[0].url is None  # shown without a link
    assert "(no web address)" in markdown
    assert exported.sources[1].url == "https://example.org/a b(c)"  # encoded, one link
    assert "https://example.org/a%20b%28c%29" in markdown
    assert set(exported.markers) == {1, 2}  # the spoofed [1], [2] and [9] are escaped text
    assert "&lt;script>alert(1)&lt;/script>" in markdown
    assert "`<b>code</b>`" in markdown  # a code span on one line stays code
    code = [body for _, body in exported.code_blocks]
    assert any("<script>alert(12)</script>" in body for body in code)  # in a longer fence
    assert any('print("<b>unclosed fence</b>")' in body for body in code)
    assert all(info in ("", "python", "text", "mermaid") for info, _ in exported.code_blocks)
