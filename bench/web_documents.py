"""The web app's GraphQL documents, read from the code generator's output
(``frontend/src/graphql/gql.ts``, written by ``make schema`` from the ``graphql(...)`` calls in
``frontend/src``), so a benchmark sends exactly what the web app sends (less the ``__typename``
fields Apollo adds).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

GENERATED = Path(__file__).resolve().parent.parent / "frontend" / "src" / "graphql" / "gql.ts"

# A line of the ``documents`` map: the document as a JSON string literal, then its type.
_ENTRY = re.compile(r'^\s*("(?:[^"\\]|\\.)*"): types\.\w+(?:Document|FragmentDoc),$')
_NAME = re.compile(r"^\s*(?:query|mutation|subscription|fragment)\s+(\w+)")


@cache
def web_documents() -> dict[str, str]:
    """Each document of the web app by its operation's or fragment's name."""
    found: dict[str, str] = {}
    for line in GENERATED.read_text().splitlines():
        entry = _ENTRY.match(line)
        if entry is None:
            continue
        document = json.loads(entry.group(1))
        name = _NAME.match(document)
        if name is not None:
            found[name.group(1)] = document.strip()
    return found


def web_document(name: str, *fragments: str) -> str:
    """The operation ``name`` with the fragments it spreads (KeyError: the web app has no such
    document)."""
    documents = web_documents()
    return "\n\n".join([documents[name], *(documents[fragment] for fragment in fragments)])
