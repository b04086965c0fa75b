"""What research produces: passages of real text that a lesson can quote and cite.

A passage is untrusted material (fetched from the web or an API): it is sanitised to plain text
when made, delimited when put in a prompt, and never followed as an instruction.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SourceName = Literal["docs", "stackexchange", "github", "devto", "youtube", "offline_docs"]
PassageKind = Literal["doc_section", "answer", "question", "readme", "article", "video"]


def passage_id(source: str, url: str, anchor: str = "") -> str:
    """Stable across runs and learners: the same section of the same page has the same id."""
    digest = hashlib.sha256(f"{source}\x00{url}\x00{anchor}".encode()).hexdigest()
    return f"p_{digest[:12]}"


class Passage(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    source: SourceName
    kind: PassageKind
    url: str
    title: str
    text: str = Field(min_length=1)
    author: str = ""
    licence: str = ""
    retrieved_at: datetime
    # The source's own quality signal (votes, stars, reactions, views), scaled to 0..1.
    quality: float = Field(default=0.0, ge=0.0, le=1.0)
    # Relevance to the topic, set by ranking.
    relevance: float = 0.0
    extra: dict[str, Any] = Field(default_factory=dict)  # e.g. a video's duration, chapters

    def tokens(self) -> int:
        """About four characters a token (the same estimate the providers' budgets use)."""
        return max(1, len(self.text) // 4)
