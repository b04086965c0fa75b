"""Plain text from HTML, Markdown and reStructuredText, trimmed at a boundary."""

from __future__ import annotations

from skillsync.research.sources.text import (
    html_to_text,
    markdown_to_text,
    rst_to_text,
    trim,
    unescape,
)


def test_html_becomes_paragraphs_with_code_kept_and_scripts_gone() -> None:
    markup = (
        "<p>Use <code>select_related()</code> &quot;in a single query&quot;.</p>\n"
        "<pre><code>qs = Author.objects.select_related(&#39;publisher&#39;)\n"
        "for a in qs:\n    print(a &lt; 3)\n</code></pre>"
        "<script>alert('x')</script><style>p { color: red }</style><!-- note -->"
        "<ul><li>one <b>bold</b></li><li>two</li></ul><p>end<br>of it</p>"
    )

    assert html_to_text(markup) == (
        'Use select_related() "in a single query".\n\n'
        "qs = Author.objects.select_related('publisher')\nfor a in qs:\n    print(a < 3)\n\n"
        "- one bold\n\n- two\n\nend\nof it"
    )
    assert html_to_text("") == ""


def test_markdown_loses_its_markup_but_not_its_code() -> None:
    markdown = (
        "---\ntitle: Signals\npublished: true\n---\n\n"
        "# Signals ![badge](https://x/b.svg) [![ci](https://x/c.svg)](https://x)\n\n"
        "Some **bold**, *emphasis*, `code`, a [link](https://x) and snake_case_names.\n"
        '<p align="center"><img src="x.png"></p>\n\n'
        "```python\nif a < b:\n    pass\n```\n\n"
        "{% embed https://github.com/forem/forem %}\n\n"
        "> quoted\n\n[ref]: https://example.com\n"
    )

    assert markdown_to_text(markdown) == (
        "Signals\n\nSome bold, emphasis, code, a link and snake_case_names.\n\n"
        "if a < b:\n    pass\n\nquoted"
    )


def test_restructured_text_keeps_literal_blocks() -> None:
    rst = (
        "Tool\n====\n\nUse ``it`` with `the docs <https://x>`_::\n\n    run --fast\n\n"
        ".. code-block:: python\n\n    print(1)\n\nLicense\n-------\n\nMIT\n"
    )

    assert rst_to_text(rst) == (
        "Tool\n\nUse it with the docs:\n\nrun --fast\n\nprint(1)\n\nLicense\n\nMIT"
    )


def test_trim_cuts_at_a_paragraph_then_a_sentence_then_a_word() -> None:
    assert trim("short") == "short"
    paragraphs = "a" * 1500 + "\n\n" + "b" * 1500
    assert trim(paragraphs) == "a" * 1500
    sentences = ("A sentence that goes on. " * 200).strip()
    cut = trim(sentences)
    assert len(cut) <= 2500
    assert cut.endswith("goes on.")
    words = "word " * 1000
    assert trim(words).endswith("word…")
    assert len(trim(words)) <= 2500


def test_titles_are_unescaped() -> None:
    assert unescape("What&#39;s the  difference &amp; why?") == "What's the difference & why?"
