"""One Mermaid flowchart of the topic's steps, with every label quoted and escaped so no text
can break out of its node or be read as markup."""

from __future__ import annotations

import re

_ENTITIES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;"}


def mermaid_label(text: str, limit: int = 60) -> str:
    """``text`` as a quoted Mermaid label: one line, entities for the characters that would
    end the label or open markup."""
    flat = " ".join(text.split())[:limit]
    return '"' + re.sub(r'[#"<>`]', lambda m: _ENTITIES[m.group()], flat) + '"'


def flowchart(title: str, steps: tuple[str, ...] | list[str]) -> str:
    """``flowchart TD``: the title, then each step in order."""
    nodes = [title, *steps]
    lines = ["flowchart TD"]
    lines += [f"    n{i}[{mermaid_label(text)}]" for i, text in enumerate(nodes)]
    lines += [f"    n{i} --> n{i + 1}" for i in range(len(nodes) - 1)]
    return "\n".join(lines)
