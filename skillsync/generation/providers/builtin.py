"""The built-in offline provider: deterministic, schema-valid answers with no network, so
SkillSync works end to end with no API key. Each task registers a responder that builds its
answer from the request's context (research material, templates, the built-in planner)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from skillsync.generation.providers.chat import ChatRequest, ChatResult, OnChunk
from skillsync.generation.providers.errors import BadRequest

BUILTIN_MODEL = "builtin-1"
Responder = Callable[[ChatRequest], dict[str, Any]]
_RESPONDERS: dict[str, Responder] = {}


def builtin_responder(task: str) -> Callable[[Responder], Responder]:
    """Register how the built-in provider answers ``task``."""

    def register(responder: Responder) -> Responder:
        _RESPONDERS[task] = responder
        return responder

    return register


class BuiltinClient:
    name = "builtin"

    def complete(
        self,
        request: ChatRequest,
        *,
        on_chunk: OnChunk | None = None,
        time_limit: float | None = None,
    ) -> ChatResult:
        responder = _RESPONDERS.get(request.task)
        if responder is None:
            raise BadRequest(
                f"the built-in provider cannot do {request.task!r}", provider=self.name
            )
        content = json.dumps(responder(request), ensure_ascii=False)
        if on_chunk is not None:
            for start in range(0, len(content), 400):
                on_chunk(content[start : start + 400])
        return ChatResult(
            content=content,
            prompt_tokens=request.estimated_prompt_tokens(),
            completion_tokens=max(1, len(content) // 4),
            model=BUILTIN_MODEL,
        )
