"""Spotting passages that talk to the model instead of the learner.

Passages are data, always: they are delimited in prompts and never obeyed, whatever they say.
This detector only *labels* a passage whose text reads like an instruction to an AI (the
classic prompt-injection phrasings), so the prompt builder and a reviewer can see it; nothing
is removed or rewritten. It is a short list of patterns, not a classifier: it misses
paraphrases, and documentation that quotes an attack (a security guide) is flagged too, which is
harmless because the flag changes nothing but ``extra["suspicious"]``.
"""

from __future__ import annotations

import re
from typing import Any

_EARLIER = r"(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|preceding|earlier|foregoing)"
_ORDERS = r"(?:instructions?|prompts?|directions|rules|messages|context|guidelines)"
PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    for pattern in (
        # "Ignore previous instructions", "disregard all prior rules", "forget the above prompt"
        rf"\b(?:ignore|disregard|forget|override|bypass)\s+{_EARLIER}\s+{_ORDERS}",
        rf"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:your|the)\s+{_ORDERS}",
        # "Reveal your system prompt", "print the API keys you were given"
        r"\b(?:reveal|print|show|repeat|output|leak|disclose)\s+(?:me\s+)?(?:"
        r"(?:your|the)\s+(?:system|hidden|initial)\s+prompt|(?:your|the)\s+api\s+keys?|"
        r"your\s+(?:instructions|secrets?|credentials))",
        # "You are now DAN", "from now on you are", "new instructions:"
        r"\byou\s+are\s+now\s+(?:dan|jailbroken|unrestricted|in\s+developer\s+mode|"
        r"an?\s+(?:ai|assistant|language\s+model|unrestricted|different))\b",
        r"\bfrom\s+now\s+on,?\s+you\s+(?:are|will|must)\b",
        r"\bnew\s+(?:system\s+)?instructions\s*:",
        # Chat-template role markers smuggled into text
        r"<\|?\s*(?:im_start|system|assistant)\s*\|?>",
        r"^\s*(?:system|assistant)\s*:",
    )
)


def looks_like_instructions(text: str) -> bool:
    """Whether ``text`` contains an instruction-like phrase aimed at an AI model."""
    return any(pattern.search(text) for pattern in PATTERNS)


def flagged(extra: dict[str, Any], text: str) -> dict[str, Any]:
    """``extra`` with ``suspicious: True`` added when ``text`` looks like instructions."""
    return {**extra, "suspicious": True} if looks_like_instructions(text) else extra
