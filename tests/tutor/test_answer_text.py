"""Reading an answer's text out of the provider's JSON as it streams, whatever the cuts, and
parsing its citation markers."""

from __future__ import annotations

import json

import pytest

from skillsync.tutor.answers import parse_answer
from skillsync.tutor.context import Section, Source, TutorContext
from skillsync.tutor.streaming import AnswerText

TEXT = 'Keys are "hashable" \\ \u00e9t\u00e9 \U0001d465\nline\ttab [S1] </end>'


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 1000])
def test_the_text_is_decoded_whatever_the_pieces(size: int) -> None:
    raw = json.dumps({"text": TEXT})  # \uXXXX escapes and a surrogate pair among them
    reader = AnswerText()

    text = "".join(reader.feed(raw[i : i + size]) for i in range(0, len(raw), size))

    assert text == TEXT


def test_nothing_is_read_before_the_text_field_or_after_it() -> None:
    reader = AnswerText()

    assert reader.feed('{"te') == ""
    assert reader.feed('xt" :  "ab') == "ab"
    assert reader.feed('c", "more": "no"}') == "c"


CONTEXT = TutorContext(
    title="t",
    skill="Python",
    language="en",
    sections=(Section("S1", "Lists", "..."), Section("S2", "Dicts", "...")),
    attributed={"p_abc": {"title": "Docs", "url": "https://docs.python.org/3/", "source": "docs"}},
    passages=(Source("p_abc", "Docs", "https://docs.python.org/3/", "docs", "..."),),
)


@pytest.mark.parametrize(
    ("text", "kept", "ids"),
    [
        ("Lists grow [S1].", "Lists grow [S1].", ["S1"]),
        ("Both [S1, p_abc; S2].", "Both [S1][p_abc][S2].", ["S1", "p_abc", "S2"]),
        ("Invented [S9] and [p_zzz].", "Invented and.", []),
        ("Some [S9, S2] kept.", "Some [S2] kept.", ["S2"]),
        ("Code `xs[0]` and xs[i] stay [S1].", "Code `xs[0]` and xs[i] stay [S1].", ["S1"]),
        ("Twice [S1] [S1].", "Twice [S1] [S1].", ["S1"]),
    ],
)
def test_citation_markers_are_kept_only_for_ids_in_the_context(
    text: str, kept: str, ids: list[str]
) -> None:
    parsed = parse_answer(text, CONTEXT)

    assert parsed.text == kept
    assert [c["id"] for c in parsed.citations] == ids
