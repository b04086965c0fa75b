"""What every provider client takes and gives back, and helpers they share."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from skillsync.core.http import OutboundTimeout
from skillsync.generation.providers.errors import InvalidOutput

OnChunk = Callable[[str], None]


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class ChatRequest:
    messages: tuple[ChatMessage, ...]
    # A JSON schema the answer must follow (structured output), with a short name for it.
    json_schema: dict[str, Any] | None = None
    schema_name: str = "answer"
    temperature: float = 0.4
    max_tokens: int = 2048
    task: str = ""  # what this is for (accounting; the built-in provider's dispatch)
    context: dict[str, Any] = field(default_factory=dict)  # data for the built-in provider

    def estimated_prompt_tokens(self) -> int:
        """About four characters a token: good enough to reserve budget before sending."""
        return max(1, sum(len(message.content) for message in self.messages) // 4)


@dataclass(frozen=True)
class ChatResult:
    content: str
    prompt_tokens: int
    completion_tokens: int
    model: str
    provider_request_id: str = ""
    # Seconds until the provider's own budget refills, when it told us it is empty.
    exhausted_for_seconds: float | None = None


class ChatClient(Protocol):
    name: str

    def complete(
        self,
        request: ChatRequest,
        *,
        on_chunk: OnChunk | None = None,
        time_limit: float | None = None,
    ) -> ChatResult:
        """Answer ``request``; stream text to ``on_chunk`` if given; give up (timeout) after
        ``time_limit`` seconds if given."""
        ...


def sse_data(lines: Iterator[str], *, deadline: float | None = None) -> Iterator[str]:
    """The payloads of a server-sent-event stream's ``data:`` lines (comments skipped). Past
    ``deadline`` (time.monotonic()) it stops with a time-out, whatever keeps arriving — a
    server trickling keep-alive comments cannot hold a worker."""
    for line in lines:
        if deadline is not None and time.monotonic() > deadline:
            raise OutboundTimeout("the stream outlasted its time limit")
        if line.startswith("data:"):
            yield line[5:].strip()


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNITS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


def parse_duration(text: str) -> float | None:
    """Go-style durations as providers write them: "2m59.56s", "7.66s", "120ms", "26s"."""
    text = text.strip()
    parts = _DURATION_PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        return None
    return sum(float(number) * _UNITS[unit] for number, unit in parts)


def as_data(value: object) -> str:
    """JSON with ``<`` and ``>`` escaped, to put untrusted text between tags in a prompt:
    nothing inside can close the tag around it."""
    return json.dumps(value, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")


def json_body(text: str, *, provider: str) -> dict[str, Any]:
    try:
        body = json.loads(text)
    except ValueError:
        raise InvalidOutput("the answer is not JSON", provider=provider, raw=text[:500]) from None
    if not isinstance(body, dict):
        raise InvalidOutput("the answer is not a JSON object", provider=provider, raw=text[:500])
    return body
