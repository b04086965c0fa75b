"""How a planner might name a curriculum topic in its own words, at random.

An LLM planner does not repeat a curriculum's titles: it wraps them ("Introduction to X",
"X explained", "Working with X", "How to use X in Python"), reorders their parts ("list
methods and lists"), shortens them (drops "with venv"), abbreviates or spells out names ("JS",
"k8s", "Postgres", "args"), swaps verbs ("Creating" / "Building"), turns plurals into
singulars, changes case, and now and then makes a typo. Each call draws these independently,
so one topic has hundreds of namings, and many are not known to the normaliser's lexicon.
"""

from __future__ import annotations

import random
import re

TEMPLATES = (
    "{t}",
    "{t}",
    "Introduction to {t}",
    "{t} explained",
    "Working with {t}",
    "How to use {t} in {s}",
    "Understanding {t}",
    "{s}: {t}",
    "A practical guide to {t}",
    "{t} in {s}",
    "Getting started with {t}",
    "{t}: the essentials",
    "Learn {t}",
    "Mastering {t}",
    "{t} for beginners",
    "{t} in practice",
    "A closer look at {t}",
    "{s} {t} tutorial",
)
# Names and words a planner may write another way (both directions are tried).
SPELLINGS = {
    "JavaScript": ["JS", "Javascript"],
    "TypeScript": ["TS"],
    "Kubernetes": ["k8s", "K8s"],
    "PostgreSQL": ["Postgres", "postgres"],
    "Node.js": ["Node", "NodeJS"],
    "Python": ["python", "Python 3"],
    "Go": ["Golang"],
    "dictionaries": ["dicts"],
    "dictionary": ["dict"],
    "arguments": ["args"],
    "configuration": ["config"],
    "environment": ["env"],
    "environments": ["envs"],
    "repository": ["repo"],
    "applications": ["apps"],
    "application": ["app"],
    "databases": ["DBs"],
    "database": ["DB"],
    "asynchronous": ["async"],
    "functions": ["funcs"],
    "with": ["using"],
}
VERBS = {
    "Creating": ["Making", "Building", "Setting up"],
    "Using": ["Working with", "Leveraging"],
    "Handling": ["Dealing with", "Managing"],
    "Writing": ["Creating", "Authoring"],
    "Building": ["Creating", "Constructing"],
    "Running": ["Executing", "Launching"],
    "Managing": ["Handling", "Organizing"],
    "Defining": ["Declaring", "Creating"],
    "Installing": ["Setting up", "Getting"],
    "Reading": ["Loading", "Parsing"],
    "Working": ["Dealing"],
}
_TAIL = re.compile(r"\s+(?:with|using|in|via)\s+[^,]+$", re.IGNORECASE)


def paraphrase(topic: str, skill: str, rng: random.Random) -> str:
    """One way to name ``topic`` (a curriculum title) of the skill ``skill``."""
    text = topic
    if rng.random() < 0.35:
        text = _reorder(text, rng)
    if rng.random() < 0.15 and _TAIL.search(text):
        text = _shortened(text)
    text = _respell(text, rng, 0.4)
    if rng.random() < 0.3:
        text = _reverb(text, rng)
    if rng.random() < 0.25:
        text = _number_flip(text, rng)
    template = rng.choice(TEMPLATES)
    if template != "{t}" and not template.startswith("{t}"):
        text = text[:1].lower() + text[1:] if not _is_name(text.split()[0]) else text
    named = template.format(t=text, s=_respell(skill, rng, 0.3))
    if rng.random() < 0.15:
        named = named.lower()
    elif rng.random() < 0.15:
        named = named.title()
    if rng.random() < 0.03:
        named = _typo(named, rng)
    return named[:200]


def _shortened(text: str) -> str:
    """Without its trailing "with ..." part, when the rest still names something."""
    rest = _TAIL.sub("", text)
    words = rest.lower().split()
    if len(words) < 2 or words[-1] in {"and", "the", "or", "a", "an", "of", "to"}:
        return text
    return rest


def _is_name(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) or word.isupper() or word in SPELLINGS


def _reorder(text: str, rng: random.Random) -> str:
    """ "A, B and C" -> the same parts in another order."""
    head, _, tail = text.rpartition(" and ")
    if not head or any(f" {word} " in text for word in ("with", "using", "in", "for", "from")):
        return text  # "A with B and C": the list is not the whole title
    parts = [p.strip() for p in head.split(",")] + [tail.strip()]
    if len(parts) < 2:
        return text
    rng.shuffle(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _respell(text: str, rng: random.Random, chance: float) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        bare = word.strip(",:()")
        options = SPELLINGS.get(bare) or [k for k, v in SPELLINGS.items() if bare in v]
        if options and rng.random() < chance:
            words[i] = word.replace(bare, rng.choice(options))
    return " ".join(words)


def _reverb(text: str, rng: random.Random) -> str:
    first, _, rest = text.partition(" ")
    if first in VERBS and rest:
        return f"{rng.choice(VERBS[first])} {rest}"
    return text


def _number_flip(text: str, rng: random.Random) -> str:
    """A plural noun in the singular, or the other way round."""
    words = text.split(" ")
    spots = [
        i
        for i, w in enumerate(words)
        if len(w) > 4 and w.isalpha() and w.islower() and not w.endswith(("ing", "ed", "ly"))
    ]
    if not spots:
        return text
    i = rng.choice(spots)
    word = words[i]
    words[i] = word[:-1] if word.endswith("s") and not word.endswith("ss") else word + "s"
    return " ".join(words)


def _typo(text: str, rng: random.Random) -> str:
    """Two neighbouring letters swapped in one longer word."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)
