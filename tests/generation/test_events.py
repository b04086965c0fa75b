"""Streamed text is cut to fit PostgreSQL's NOTIFY payload limit, whatever its characters."""

from __future__ import annotations

import json

import pytest

from skillsync.generation.events import STREAM_PIECE_BYTES, text_pieces

MATH_X = "\U0001d465"  # 4 bytes of UTF-8


@pytest.mark.parametrize(
    "text",
    ["", "plain", "a" * 20_000, MATH_X * 5_000, '"\\\n\t' * 3_000, ("é" + MATH_X + "x") * 4_000],
)
def test_pieces_fit_the_byte_budget_and_join_back(text: str) -> None:
    pieces = text_pieces(text)
    assert "".join(pieces) == text
    for piece in pieces:
        assert len(json.dumps(piece, ensure_ascii=False).encode()) - 2 <= STREAM_PIECE_BYTES
    assert all(pieces)
