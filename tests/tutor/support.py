"""A learner's lesson showing content written for the tutor tests: known sections, and
research passages stored as research stores them (so the tutor reads them back), each
attributed in the content's ``source_attribution``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson, LessonContent
from skillsync.research import cache
from skillsync.research.passages import Passage, passage_id
from skillsync.tutor.delivery import tutor_answer_deliver
from skillsync.tutor.models import TutorMessage

TOPIC = "Python dictionaries and comprehensions"
COMPREHENSIONS_URL = "https://docs.python.org/3/tutorial/datastructures.html#list-comprehensions"
DICTIONARIES_URL = "https://docs.python.org/3/tutorial/datastructures.html#dictionaries"
P_COMPREHENSIONS = passage_id("docs", COMPREHENSIONS_URL)
P_DICTIONARIES = passage_id("docs", DICTIONARIES_URL)

ASK = """mutation($id: ID!, $message: String!) { askTutor(lessonId: $id, message: $message) {
  question { id role text status errorCode citations { id } }
  answer { id role text status errorCode citations { id } } } }"""
CONVERSATION = """query($id: ID!, $last: Int!, $before: String) {
  tutorConversation(lessonId: $id, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id role text status errorCode createdAt citations { id kind title url } } } }"""

# S1 Summary, S2 List comprehensions, S3 Dictionaries, S4 Code example 1, S5 Key takeaways,
# S6 Exercise 1, S7 Quiz.
SECTIONS = {
    "S2": "List comprehensions",
    "S3": "Dictionaries",
    "S6": "Exercise 1: Word counts",
    "S7": "Quiz",
}


def lesson_document(**overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "style": "reading",
        "title": "Dictionaries and comprehensions",
        "summary": "How Python builds lists in one expression and maps keys to values.",
        "key_concepts": ["list comprehension", "dictionary"],
        "sections": [
            {
                "heading": "List comprehensions",
                "body": "A list comprehension builds a new list from an iterable in one "
                "expression. It reads like a for loop written inside square brackets, with "
                "an optional if clause that filters the items.",
                "cites": [P_COMPREHENSIONS],
            },
            {
                "heading": "Dictionaries",
                "body": "A dictionary maps unique keys to values. Looking up a key is fast "
                "because a dictionary stores its keys in a hash table, so every key must be "
                "hashable: strings, numbers and tuples of them work, lists do not.",
                "cites": [P_DICTIONARIES],
            },
        ],
        "code_examples": [
            {
                "language": "python",
                "code": "ages = {'ada': 36}\nprint(ages['ada'])",
                "explanation": "Reading a value by its key.",
                "cites": [],
            }
        ],
        "key_takeaways": ["Comprehensions replace short loops that build lists."],
        "exercises": [
            {
                "title": "Word counts",
                "objective": "Count words with a dictionary",
                "difficulty": "beginner",
                "instructions": "Count how often each word appears in a sentence.",
                "language": "python",
                "starter_code": "words = 'a b a'.split()\n",
                "expected_output": "{'a': 2, 'b': 1}\n",
                "hints": ["Use dict.get with a default of 0."],
                "solution": "SECRET_SOLUTION = 1\n",
                "cites": [],
            }
        ],
        "quiz": {
            "questions": [
                {
                    "question": "Which of these can be a dictionary key?",
                    "options": ["a list", "a tuple of numbers"],
                    "answer": "a tuple of numbers",
                    "explanation": "SECRET_EXPLANATION: keys must be hashable.",
                    "cites": [],
                }
            ]
        },
    }
    document.update(overrides)
    return document


def passages(**texts: str) -> list[Passage]:
    """The two documentation passages (texts overridable by ``comprehensions=``,
    ``dictionaries=``)."""
    now = timezone.now()
    return [
        Passage(
            id=P_COMPREHENSIONS,
            source="docs",
            kind="doc_section",
            url=COMPREHENSIONS_URL,
            title="Data Structures: List Comprehensions",
            text=texts.get(
                "comprehensions",
                "List comprehensions provide a concise way to create lists. A list "
                "comprehension consists of brackets containing an expression followed by a "
                "for clause, then zero or more for or if clauses.",
            ),
            author="Python Software Foundation",
            licence="PSF-2.0",
            retrieved_at=now,
        ),
        Passage(
            id=P_DICTIONARIES,
            source="docs",
            kind="doc_section",
            url=DICTIONARIES_URL,
            title="Data Structures: Dictionaries",
            text=texts.get(
                "dictionaries",
                "Dictionaries are indexed by keys, which can be any immutable type; strings "
                "and numbers can always be keys. You can't use lists as keys, since lists can "
                "be modified in place.",
            ),
            author="Python Software Foundation",
            licence="PSF-2.0",
            retrieved_at=now,
        ),
    ]


def planned_lesson(user: User, onboard: Callable[..., Any]) -> Lesson:
    roadmap = onboard(user, goal="Learn Python")
    lesson = (
        Lesson.objects.filter(module__roadmap=roadmap)
        .select_related("module__roadmap")
        .order_by("module__position", "position")
        .first()
    )
    assert lesson is not None
    return lesson


def tutored_lesson(
    user: User,
    onboard: Callable[..., Any],
    *,
    document: dict[str, Any] | None = None,
    sources: list[Passage] | None = None,
) -> Lesson:
    """A lesson of ``user`` showing content with ``document`` and ``sources``: the passages
    stored by research (expired, as they would be some days later) and attributed."""
    lesson = planned_lesson(user, onboard)
    sources = passages() if sources is None else sources
    cache.store("docs", cache.topic_key(TOPIC), TOPIC, sources, timedelta(seconds=-1))
    attribution: dict[str, list[dict[str, str]]] = {}
    for passage in sources:
        attribution.setdefault(passage.source, []).append(
            {
                "passage_id": passage.id,
                "url": passage.url,
                "title": passage.title,
                "author": passage.author,
                "licence": passage.licence,
            }
        )
    content = LessonContent.objects.create(
        cache_key=f"tutor-test:{lesson.pk}",
        topic=lesson.title,
        learning_style="reading",
        difficulty="beginner",
        content=document or lesson_document(),
        source_attribution=attribution,
        research_metadata={"topic": TOPIC, "passages": len(sources)},
    )
    Lesson.objects.filter(pk=lesson.pk).update(content=content, generation_status="ready")
    lesson.refresh_from_db()
    return lesson


def answer_jobs() -> list[ProcrastinateJob]:
    return list(ProcrastinateJob.objects.filter(task_name__endswith="answer_tutor_question"))


def deliver(answer_id: str) -> TutorMessage:
    """One delivery of the answer's job, as a worker runs it; the answer after it."""
    tutor_answer_deliver(message_id=TutorMessage.objects.get(pk=answer_id).pk)
    return TutorMessage.objects.get(pk=answer_id)
