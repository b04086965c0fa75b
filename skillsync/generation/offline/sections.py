"""The lesson's prose sections: the passages quoted (the paragraphs closest to the topic,
cited), and the curated parts — what the lesson covers, key terms for beginners, mistakes and
edge cases for the others, how the examples map to the learner's industry, and a plain note
when no sources were found offline."""

from __future__ import annotations

from typing import Any

from skillsync.generation.offline.context import LessonContext, Source
from skillsync.generation.offline.markdown import clip, quoted, sentences
from skillsync.generation.offline.subject import Subject
from skillsync.research.bm25 import tokens

Section = dict[str, Any]
BUDGET = {"beginner": 700, "intermediate": 1100, "advanced": 1600}


def excerpt(source: Source, topic: str, budget: int) -> list[str]:
    """The passage's paragraphs most about ``topic``, in their original order, within about
    ``budget`` characters (the first paragraph always, cut if it alone is longer)."""
    wanted = topic_words(topic)
    paragraphs = list(source.paragraphs)
    if not paragraphs:
        return []
    ranked = sorted(
        range(1, len(paragraphs)),
        key=lambda i: (-len(wanted & set(tokens(paragraphs[i]))), i),
    )
    chosen, used = {0}, len(paragraphs[0])
    for index in ranked:
        if used + len(paragraphs[index]) > budget:
            continue
        chosen.add(index)
        used += len(paragraphs[index])
    return [clip(paragraphs[i], budget) for i in sorted(chosen)]


SYNONYMS = {
    "dictionary": "dict",
    "string": "str",
    "integer": "int",
    "boolean": "bool",
    "function": "def",
    "exception": "error",
    "variable": "name",
}


def topic_words(topic: str) -> set[str]:
    """The topic's words, with the names Python itself uses for them (dictionary: dict)."""
    words = set(tokens(topic)) - {"python"}
    return words | {SYNONYMS[w] for w in words if w in SYNONYMS}


def relevance(text: str, topic: str) -> int:
    return len(topic_words(topic) & set(tokens(text)))


def key_sentence(source: Source, topic: str) -> str:
    """The passage's sentence that says most about ``topic`` (ties: the earliest)."""
    found = [
        s for p in source.paragraphs for s in sentences(p) if 40 <= len(s) <= 400 and s[-1] != ":"
    ]
    if not found:
        return ""
    return max(found, key=lambda s: (relevance(s, topic), -found.index(s)))


def lead_sentence(documents: tuple[Source, ...], topic: str) -> str:
    """The sentence to open the lesson's summary with: from the passage whose title is most
    about the topic, its most relevant sentence."""
    if not documents:
        return ""
    best = max(documents, key=lambda s: (relevance(s.title, topic), -documents.index(s)))
    return key_sentence(best, topic)


def passage_section(source: Source, ctx: LessonContext, budget: int) -> Section:
    body = f"From {source.origin}, *{source.title}*:\n\n" + quoted(
        excerpt(source, ctx.topic, budget)
    )
    return {"heading": source.title, "body": clip(body, 5800), "cites": [source.id]}


def passage_sections(ctx: LessonContext, *, limit: int, budget: int | None = None) -> list[Section]:
    size = budget or BUDGET[ctx.level]
    return [passage_section(s, ctx, size) for s in ctx.documents[:limit]]


def overview(ctx: LessonContext, subject: Subject) -> Section:
    where = f" ({ctx.module})" if ctx.module else ""
    concepts = "\n".join(f"- {c}" for c in subject.guide.concepts) if subject.python else ""
    titles = dict.fromkeys(s.title for s in ctx.documents[:4])
    sources = (
        "It quotes and cites " + ", ".join(f"*{title}*" for title in titles) + "."
        if ctx.documents
        else ""
    )
    body = (
        f"This {ctx.level} lesson covers **{ctx.topic}**{where}, with examples drawn from "
        f"{ctx.industry_label}. {sources}"
    ).strip()
    if concepts:
        body += f"\n\nBy the end you will be able to use:\n{concepts}"
    return {"heading": "What this lesson covers", "body": clip(body, 5800), "cites": []}


def terms(subject: Subject) -> Section:
    lines = "\n".join(f"- **{term}**: {meaning}" for term, meaning in subject.guide.terms)
    return {"heading": "Key terms", "body": lines, "cites": []}


def pitfalls(ctx: LessonContext, subject: Subject) -> Section:
    heading = "Edge cases and performance" if ctx.level == "advanced" else "Common mistakes"
    lines = "\n".join(f"- {p}" for p in subject.guide.pitfalls)
    return {"heading": heading, "body": lines, "cites": []}


def depth_section(ctx: LessonContext, subject: Subject) -> Section:
    """Definitions for beginners; mistakes and edge cases for everyone else."""
    return terms(subject) if ctx.level == "beginner" else pitfalls(ctx, subject)


def industry_section(ctx: LessonContext) -> Section:
    ind = ctx.industry
    body = (
        f"The examples use {ind.records} from {ind.label}: each has a name, {ind.a_group} and "
        f"{ind.a_measure} ({ind.unit}). The practice data: "
        + ", ".join(f"{n} ({g}, {v} {ind.unit})" for n, g, v in ind.rows)
        + f". Questions to answer about them: which {ind.records} reach {ind.threshold} "
        f"{ind.unit}, and what the totals per {ind.group} are."
    )
    return {"heading": f"Working with {ind.records}", "body": body, "cites": []}


def no_sources(ctx: LessonContext, subject: Subject) -> Section:
    what = (
        "Python's own documentation"
        if subject.python
        else f"Python's own documentation, so nothing about {subject.technology}"
    )
    body = (
        f"No sources were found offline for {ctx.topic}: without a network connection "
        f"SkillSync can only search {what}. Nothing in this lesson is quoted or cited; check "
        f"facts against the official {subject.technology} documentation when you are online."
    )
    return {"heading": "No sources found offline", "body": body, "cites": []}


def study_plan(ctx: LessonContext, subject: Subject) -> Section:
    steps = "\n".join(f"{i}. {step}" for i, step in enumerate(subject.guide.steps, start=1))
    return {
        "heading": "How to study it",
        "body": (
            f"Work through {ctx.topic} in small, checkable steps:\n\n{steps}\n\n"
            "After each step, write one sentence on what changed and why."
        ),
        "cites": [],
    }
