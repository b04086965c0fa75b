"""Words of a lesson subject: tokenising and light plural stemming, before any lexicon.

Code-like words survive as single tokens (``__init__``, ``c++``, ``node.js`` when the lexicon
names it, version numbers such as ``3.12``); operators the lexicon names (``==``, ``===``,
``=>``) are kept, other punctuation is dropped. Plurals are stemmed with a few suffix rules
("queries" -> "query", "classes" -> "class", "lists" -> "list"), never for the words the
lexicon protects ("kubernetes", "pandas", "https").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

_OPERATOR = r"===|!==|==|!=|<=|>=|=>|->|\*\*|\?\?|\?\.|&&|\|\||:="
_WORD = r"\.?\w+(?:\.\w+)*(?:\+\+|\#)?"
_TOKEN = re.compile(rf"{_OPERATOR}|{_WORD}")
OPERATORS = re.compile(_OPERATOR)
_VERSION = re.compile(r"\d+(?:\.\d+)*")
_ASCII_WORD = re.compile(r"[a-z]+")
_KEEP_S = ("ss", "us", "is", "ous")


def surface_tokens(text: str, keep: Collection[str] = ()) -> list[str]:
    """Lowercase tokens of ``text``. ``keep``: tokens left whole (dotted names such as
    "node.js", operators such as "=="); other dotted names are split at their dots and other
    operators dropped."""
    normal = unicodedata.normalize("NFKC", text).lower()
    normal = normal.replace("\u2019", "").replace("'", "")  # apostrophes: "Bayes'", "don't"
    tokens: list[str] = []
    for token in _TOKEN.findall(normal):
        if token in keep or _VERSION.fullmatch(token):
            tokens.append(token)
        elif OPERATORS.fullmatch(token):
            continue
        else:
            word = token.rstrip("+#").lstrip(".")
            tokens.extend(part for part in word.split(".") if part)
    return tokens


def stem(token: str, protected: Collection[str] = ()) -> str:
    """The singular of an English plural, by suffix; other tokens unchanged."""
    if token in protected or len(token) < 4 or not _ASCII_WORD.fullmatch(token):
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return token[:-2]
    if token.endswith("s") and not token.endswith(_KEEP_S):
        return token[:-1]
    return token
