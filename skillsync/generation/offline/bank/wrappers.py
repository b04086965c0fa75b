"""Functions that wrap functions: decorators and functools."""

from __future__ import annotations

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
)
from skillsync.generation.offline.industries import Industry


def _decorators_logged(ind: Industry) -> Practice:
    top = max(ind.rows, key=lambda row: row[2])[0]
    return Practice(
        title="A logging decorator",
        objective="Wrap a function, keep its name with functools.wraps",
        instructions=(
            f"Write `logged` so a decorated function prints `calling <name>` before and "
            f"`<name> returned <result>` after each call. Decorate `busiest` (the {ind.record} "
            "with the largest value) and check that its `__name__` survived."
        ),
        setup="import functools\n\n\ndef logged(func):\n",
        todo="    return func  # TODO\n",
        answer=indented("""
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                print(f"calling {func.__name__}")
                result = func(*args, **kwargs)
                print(f"{func.__name__} returned {result}")
                return result

            return wrapper
        """),
        tail="\n\n"
        + rows_code(ind)
        + code(f"""


            @logged
            def busiest(rows):
                return max(rows, key=lambda row: row[2])[0]


            busiest({ind.records})
            print(busiest.__name__)
        """),
        expected=out("calling busiest", f"busiest returned {top}", "busiest"),
        hints=("`@logged` above `def busiest` means `busiest = logged(busiest)`.",),
    )


def _decorators_retry(ind: Industry) -> Practice:
    n0 = ind.names[0]
    return Practice(
        title=f"Retry calls to a flaky {ind.domain} service",
        objective="Write a decorator that takes arguments",
        instructions=(
            "Write `retry(times)`: a decorator factory whose wrapper calls the function up to "
            "`times` times, printing `attempt N failed: <error>` for each ConnectionError and "
            "raising RuntimeError if all fail. `fetch` fails twice, then succeeds."
        ),
        setup="import functools\n\nattempts = []\n\n\ndef retry(times):\n",
        todo="    return lambda func: func  # TODO\n",
        answer=indented("""
            def decorate(func):
                @functools.wraps(func)
                def wrapper(*args, **kwargs):
                    for attempt in range(1, times + 1):
                        try:
                            return func(*args, **kwargs)
                        except ConnectionError as error:
                            print(f"attempt {attempt} failed: {error}")
                    raise RuntimeError(f"gave up after {times} attempts")

                return wrapper

            return decorate
        """),
        tail=code(f"""


            @retry(times=3)
            def fetch(name):
                attempts.append(name)
                if len(attempts) < 3:
                    raise ConnectionError("timeout")
                return f"{{name}} fetched"


            print(fetch("{n0}"))
        """),
        expected=out("attempt 1 failed: timeout", "attempt 2 failed: timeout", f"{n0} fetched"),
        hints=("Three levels: retry(times) returns decorate(func), which returns wrapper.",),
    )


def _functools_cache(ind: Industry) -> Practice:
    distinct = len(set(g for _, g, _ in ind.rows))
    return Practice(
        title="Cache repeated work with lru_cache",
        objective="Memoise a pure function; read cache_info()",
        instructions=(
            f"`group_code` turns {ind.a_group} into a short code. Decorate it with "
            f"`@lru_cache(maxsize=None)`, compute the code of every row's {ind.group}, then "
            "print the hits and misses: each distinct argument is computed once."
        ),
        setup="from functools import lru_cache\n\n" + rows_code(ind) + "\n\n",
        todo="def group_code(group):  # TODO: cache it\n    return group[:3].upper()\n",
        answer=code("""
            @lru_cache(maxsize=None)
            def group_code(group):
                return group[:3].upper()
        """),
        tail=code(f"""


            print([group_code(row[1]) for row in {ind.records}])
            info = group_code.cache_info()
            print(info.hits, info.misses)
        """),
        expected=out(
            [g[:3].upper() for _, g, _ in ind.rows], f"{len(ind.rows) - distinct} {distinct}"
        ),
        hints=("Only cache pure functions: same arguments, same result, no side effects.",),
    )


def _functools_partial(ind: Industry) -> Practice:
    t = ind.threshold
    top = max(ind.rows, key=lambda row: row[2])[0]
    return Practice(
        title="partial and reduce",
        objective="Fix an argument with functools.partial; fold a list with reduce",
        instructions=(
            f"Make `is_high = partial(flag, limit={t})`, print the names it accepts and its "
            f"`keywords`; then use `reduce` to find the {ind.record} with the largest value "
            "and to add up the values."
        ),
        setup="from functools import partial, reduce\nimport operator\n\n"
        + rows_code(ind)
        + "\n\ndef flag(value, limit):\n    return value >= limit\n\n\n",
        todo="# TODO: is_high = partial(...); three print() calls with reduce\n",
        answer=code(f"""
            is_high = partial(flag, limit={t})
            print([row[0] for row in {ind.records} if is_high(row[2])])
            print(is_high.keywords)
            print(reduce(lambda a, b: a if a[2] >= b[2] else b, {ind.records})[0])
            print(reduce(operator.add, [row[2] for row in {ind.records}], 0))
        """),
        expected=out([n for n, _, v in ind.rows if v >= t], {"limit": t}, top, sum(ind.values)),
        hints=("`reduce(f, items)` computes f(f(f(a, b), c), d)...",),
    )


GUIDES = (
    TopicGuide(
        key="decorators",
        keywords=("decorator", "wraps", "function decorator"),
        concepts=(
            "functions are objects",
            "wrapper functions",
            "@decorator syntax",
            "functools.wraps",
        ),
        terms=(("decorator", "a callable that takes a function and returns a replacement"),),
        pitfalls=(
            "Without functools.wraps the wrapper hides the function's name and docstring.",
            "A decorator with arguments needs one more level: factory -> decorator -> wrapper.",
        ),
        steps=(
            "Define the wrapper",
            "Call the original inside",
            "Return the wrapper",
            "Apply with @",
        ),
        practice=(_decorators_logged, _decorators_retry),
        search="python decorators explained",
    ),
    TopicGuide(
        key="functools",
        keywords=("functools", "caching", "cache", "lru cache", "partial", "reduce", "memoization"),
        concepts=("@lru_cache / @cache", "cache_info()", "partial()", "reduce()"),
        terms=(("memoisation", "remembering results of calls to reuse them"),),
        pitfalls=(
            "Cached arguments must be hashable; a list argument raises TypeError.",
            "An unbounded cache grows forever in a long-running process.",
        ),
        steps=(
            "Call the function",
            "Look the arguments up",
            "Compute on a miss",
            "Return the stored result",
        ),
        practice=(_functools_cache, _functools_partial),
        search="python functools lru_cache partial",
    ),
)
