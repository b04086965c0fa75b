"""A lesson subject's canonical form and the exact-lookup key built from it.

"Introduction to JS Promises", "JavaScript promises explained" and "Promises in JavaScript"
all become the tokens {javascript, promise}: lowercased, punctuation dropped, plurals
stemmed, synonyms and spellings resolved (``data/synonyms.toml``), stop words removed, order
and repetition ignored. The key adds what must match exactly besides the topic: learning
style, difficulty, language and the lesson schema version.

Known limits: word order is ignored, so "converting strings to integers" and "converting
integers to strings" share a key; stop words are English (other languages keep every word).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from skillsync.reuse.lexicon import LEXICON, Lexicon

# Part of every key: a change to the rules or the lexicon that moves keys bumps it, so old
# keys stop matching exactly (they are still found by the semantic lookup).
NORMALISER_VERSION = "n1"
MAX_TOPIC_IN_KEY = 150


@dataclass(frozen=True)
class Topic:
    """A subject as the cache sees it."""

    text: str  # as asked
    tokens: tuple[str, ...]  # canonical tokens in order of first appearance, no repeats

    @property
    def canonical(self) -> str:
        """The order-free canonical form: sorted tokens."""
        return " ".join(sorted(self.tokens))

    @property
    def embedding_text(self) -> str:
        """What is embedded: the canonical tokens in the subject's order, as words."""
        return " ".join(token.replace("_", " ") for token in self.tokens) or self.text.lower()


def topic_of(text: str, lexicon: Lexicon = LEXICON) -> Topic:
    canonical = lexicon.canonical(lexicon.words(text))
    kept = [t for t in canonical if t not in lexicon.stop_words and not _single_letter(t)]
    # A subject made only of stop words ("Introduction") keeps them rather than vanishing.
    tokens = kept or [t for t in canonical if not _single_letter(t)]
    return Topic(text=text, tokens=tuple(dict.fromkeys(tokens)))


def _single_letter(token: str) -> bool:
    return len(token) == 1 and token.isalpha()


def canonical_key(
    topic: Topic, *, style: str, difficulty: str, language: str, schema_version: int
) -> str:
    """The exact-lookup key: at most 255 characters (a long topic is cut and hashed)."""
    part = "-".join(sorted(topic.tokens)) or "empty"
    if len(part) > MAX_TOPIC_IN_KEY:
        digest = hashlib.sha256(part.encode()).hexdigest()[:16]
        part = f"{part[: MAX_TOPIC_IN_KEY - 17]}~{digest}"
    return f"reuse:{NORMALISER_VERSION}:{part}:{style}:{difficulty}:{language}:v{schema_version}"
