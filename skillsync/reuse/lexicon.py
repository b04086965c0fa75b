"""The reuse lexicon: synonyms, stop words, weak and related words, and contrast families.

The words are data (``data/synonyms.toml``, ``data/contrasts.toml``), read and checked once at
import: a malformed file stops the process at start-up with the entry and the rule it breaks.
Entries are written in plain words and normalised here with the subjects' own tokeniser, so
whoever edits the files never writes a stem.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skillsync.reuse.tokens import OPERATORS, stem, surface_tokens

DATA = Path(__file__).resolve().parent / "data"
SYNONYMS_FILE = DATA / "synonyms.toml"
CONTRASTS_FILE = DATA / "contrasts.toml"
MAX_PHRASE = 5  # tokens in the longest synonym variant


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Family:
    name: str
    terms: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    keep: frozenset[str]  # surface tokens the tokeniser leaves whole ("node.js", "==")
    protected: frozenset[str]  # surface tokens never stemmed ("kubernetes", "https")
    synonyms: Mapping[tuple[str, ...], tuple[str, ...]]  # variant tokens -> canonical tokens
    longest: int
    stop_words: frozenset[str]
    weak_words: frozenset[str]
    related: Mapping[str, frozenset[str]]  # symmetric
    families: tuple[Family, ...]
    families_of: Mapping[str, tuple[Family, ...]]

    def words(self, text: str) -> list[str]:
        """Surface tokens of ``text``, stemmed: what synonyms are matched against."""
        return [stem(token, self.protected) for token in surface_tokens(text, self.keep)]

    def canonical(self, words: list[str]) -> list[str]:
        """``words`` with every synonym variant replaced by its canonical tokens, longest
        variant first, left to right."""
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(self.longest, len(words) - i), 0, -1):
                replacement = self.synonyms.get(tuple(words[i : i + size]))
                if replacement is not None:
                    out.extend(replacement)
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return out


def _strings(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return raw


def _raw_words(texts: Iterable[str]) -> set[str]:
    return {token for text in texts for token in surface_tokens(text.lower())}


def _keep_tokens(texts: Iterable[str]) -> set[str]:
    """Dotted names, operators and c++-like words written in the lexicon: left whole."""
    keep: set[str] = set()
    for text in texts:
        for part in text.lower().split():
            dotted = any(c in part for c in ".+#") and not part.endswith(".")
            if dotted or OPERATORS.fullmatch(part):
                keep.add(part)
    return keep


def load_lexicon(
    synonyms_file: Path = SYNONYMS_FILE, contrasts_file: Path = CONTRASTS_FILE
) -> Lexicon:
    with synonyms_file.open("rb") as handle:
        raw = tomllib.load(handle)
    with contrasts_file.open("rb") as handle:
        raw_families = tomllib.load(handle).get("families", [])
    table = raw.get("synonyms", {})
    related_raw = raw.get("related", {})
    variants = {name: _strings(v, f"synonyms.{name}") for name, v in table.items()}
    stop_raw = _strings(raw.get("stop_words", []), "stop_words")
    weak_raw = _strings(raw.get("weak_words", []), "weak_words")
    family_raw = [
        (str(f.get("name", "")), _strings(f.get("terms"), f"family {f.get('name')}"))
        for f in raw_families
    ]
    written = [*variants, *(v for vs in variants.values() for v in vs), *related_raw]
    written += [v for vs in related_raw.values() for v in _strings(vs, "related")]
    written += [term for _, terms in family_raw for term in terms]
    keep = frozenset(_keep_tokens(written))
    # The names the lexicon compares (canonical forms, related words, contrast terms) are
    # never stemmed: "https" must not become "http", nor "windows" "window". Variants, stop
    # and weak words are stemmed like any subject, so their plurals need no entry.
    named = [*variants, *related_raw, *(v for vs in related_raw.values() for v in vs)]
    named += [term for _, terms in family_raw for term in terms]
    singles = [text for text in named if len(surface_tokens(text.lower())) == 1]
    protected = frozenset(_raw_words(singles))
    bare = Lexicon(keep, protected, {}, 1, frozenset(), frozenset(), {}, (), {})

    synonyms: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, forms in variants.items():
        canonical = tuple(bare.words(name))
        if not canonical:
            raise LexiconError(f"synonyms.{name}: the canonical form has no words")
        for form in forms:
            key = tuple(bare.words(form))
            if not key or len(key) > MAX_PHRASE:
                raise LexiconError(f"synonyms.{name}: {form!r} must have 1 to {MAX_PHRASE} words")
            if synonyms.get(key, canonical) != canonical:
                raise LexiconError(f"{form!r} is a variant of both {synonyms[key]} and {name!r}")
            if key != canonical:
                synonyms[key] = canonical
    longest = max(map(len, synonyms), default=1)
    staged = Lexicon(keep, protected, synonyms, longest, frozenset(), frozenset(), {}, (), {})

    def single(term: str, where: str, stop: frozenset[str] = frozenset()) -> str:
        tokens = staged.canonical(staged.words(term))
        if len(tokens) != 1 or tokens[0] in stop:
            raise LexiconError(f"{where}: {term!r} normalises to {tokens}, not one kept token")
        return tokens[0]

    stop_words = frozenset(single(word, "stop_words") for word in stop_raw)
    weak_words = frozenset(single(word, "weak_words") for word in weak_raw)

    related: dict[str, set[str]] = {}
    for word, others in related_raw.items():
        # A related entry may name a multi-word canonical form ("async await"): its tokens.
        left = {single(word, f"related.{word}", stop_words)}
        right = {t for other in others for t in staged.canonical(staged.words(other))}
        for a in left:
            for b in right:
                related.setdefault(a, set()).add(b)
                related.setdefault(b, set()).add(a)
    families = tuple(
        Family(name, frozenset(single(t, f"family {name!r}", stop_words) for t in terms))
        for name, terms in family_raw
    )
    families_of: dict[str, list[Family]] = {}
    for family in families:
        if len(family.terms) < 2:
            raise LexiconError(f"family {family.name!r} needs at least two distinct terms")
        for term in family.terms:
            families_of.setdefault(term, []).append(family)
    return Lexicon(
        keep=keep,
        protected=protected,
        synonyms=synonyms,
        longest=longest,
        stop_words=stop_words,
        weak_words=weak_words,
        related={word: frozenset(others) for word, others in related.items()},
        families=families,
        families_of={term: tuple(fs) for term, fs in families_of.items()},
    )


LEXICON: Lexicon = load_lexicon()
