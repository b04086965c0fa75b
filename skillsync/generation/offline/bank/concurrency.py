"""Concurrency: threads and locks, worker pools, coroutines, structured concurrency.

Every output is deterministic whatever the scheduling: results are collected by index, sorted,
or summed under a lock.
"""

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


def _threads_lock(ind: Industry) -> Practice:
    grand = sum(ind.values)
    return Practice(
        title="Threads sharing a counter: use a Lock",
        objective="Start and join threads; protect shared state with a lock",
        instructions=(
            f"Start one thread per {ind.record}; each adds 1 to the shared `counter` as many "
            f"times as its {ind.measure_label}. `counter += 1` is read-modify-write, so guard it "
            "with `lock`. Join all threads, then print whether the count is exact."
        ),
        setup="import threading\n\n" + rows_code(ind) + "counter = 0\nlock = threading.Lock()\n\n\n"
        "def add(times):\n    global counter\n",
        todo="    pass  # TODO: loop `times` times, incrementing under the lock\n",
        answer=indented("""
            for _ in range(times):
                with lock:
                    counter += 1
        """),
        tail=code(f"""


            threads = [threading.Thread(target=add, args=(row[2],)) for row in {ind.records}]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            print(counter == {grand}, counter)
        """),
        expected=out(f"True {grand}"),
        hints=("The GIL makes single bytecodes atomic, not `counter += 1` as a whole.",),
    )


def _threads_queue(ind: Industry) -> Practice:
    results = sorted((n, v * 2) for n, _, v in ind.rows)
    return Practice(
        title="Producer and consumers with queue.Queue",
        objective="Hand work to worker threads safely; stop them with a sentinel",
        instructions=(
            "Write `worker()`: take items from `jobs` until it gets None; for `(name, value)` "
            "append `(name, value * 2)` to `results` under the lock. Three workers run; the "
            "main thread puts the jobs and one None per worker, then joins them."
        ),
        setup="import queue\nimport threading\n\n"
        + rows_code(ind)
        + "jobs = queue.Queue()\nresults = []\nresults_lock = threading.Lock()\n"
        + "\n\ndef worker():\n",
        todo="    pass  # TODO: loop on jobs.get() until None\n",
        answer=indented("""
            while True:
                item = jobs.get()
                if item is None:
                    break
                name, value = item
                with results_lock:
                    results.append((name, value * 2))
        """),
        tail=code(f"""


            workers = [threading.Thread(target=worker) for _ in range(3)]
            for thread in workers:
                thread.start()
            for name, _, value in {ind.records}:
                jobs.put((name, value))
            for _ in workers:
                jobs.put(None)
            for thread in workers:
                thread.join()
            print(sorted(results))
            print(threading.active_count())
        """),
        expected=out(results, 1),
        hints=("Threads finish in any order: sort the results before comparing them.",),
    )


def _pools_by_hand(ind: Industry) -> Practice:
    results = [f"{n}:{v * 2}" for n, _, v in ind.rows]
    return Practice(
        title="What an executor's map() does",
        objective="Run a function on every item in threads and keep the input order",
        instructions=(
            "Write `parallel_map(func, items)`: one thread per item stores `func(item)` at the "
            "item's index in a results list; join them all and return the list. "
            "`ThreadPoolExecutor.map` does this with a fixed number of reusable workers and "
            "re-raises errors in the caller."
        ),
        setup="import threading\n\n" + rows_code(ind) + "\n\ndef parallel_map(func, items):\n",
        todo="    return []  # TODO\n",
        answer=indented("""
            results = [None] * len(items)

            def run(index, item):
                results[index] = func(item)

            threads = [threading.Thread(target=run, args=pair) for pair in enumerate(items)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            return results
        """),
        tail=f'\n\nprint(parallel_map(lambda row: f"{{row[0]}}:{{row[2] * 2}}", {ind.records}))\n',
        expected=out(results),
        hints=("Writing to distinct indexes of a pre-sized list needs no lock.",),
    )


def _pools_executor(ind: Industry) -> Practice:
    n0, _, v0 = ind.rows[0]
    doubled = [(n, v * 2) for n, _, v in ind.rows]
    return Practice(
        title="ThreadPoolExecutor: map, submit and errors from futures",
        objective="Use concurrent.futures for I/O-bound work; collect results and errors",
        instructions=(
            "With `ThreadPoolExecutor(max_workers=3)`, print the results of `pool.map(score, "
            "rows)` (input order), then submit two jobs — one raises — and print each "
            "`future.result()` or the error it re-raises."
        ),
        setup="from concurrent.futures import ThreadPoolExecutor\n\n"
        + rows_code(ind)
        + code("""


            def score(row):
                name, _, value = row
                if value < 0:
                    raise ValueError(f"{name}: negative value")
                return name, value * 2


        """),
        todo="# TODO: with ThreadPoolExecutor(max_workers=3) as pool: ...\n",
        answer=code(f"""
            with ThreadPoolExecutor(max_workers=3) as pool:
                print(list(pool.map(score, {ind.records})))
                futures = [pool.submit(score, row) for row in [{ind.records}[0], ("Zed", "x", -1)]]
                for future in futures:
                    try:
                        print(future.result())
                    except ValueError as error:
                        print("failed:", error)
        """),
        expected=out(doubled, (n0, v0 * 2), "failed: Zed: negative value"),
        hints=("`future.result()` re-raises the worker's exception in your thread.",),
    )


def _coroutines_by_hand(ind: Industry) -> Practice:
    (n0, _, v0), (n1, _, _) = ind.rows[:2]
    log = [f"{n0}0", f"{n1}0", f"{n0}1", f"{n1}1", f"{n1}2"]
    return Practice(
        title="How await works: drive coroutines yourself",
        objective="See that a coroutine runs until it awaits, and an event loop resumes it",
        instructions=(
            "Calling an `async def` function returns a coroutine; `send(None)` runs it to its "
            "next pause, and StopIteration carries the return value. Write `run_all(coros)`, "
            "a round-robin loop — the heart of asyncio's event loop."
        ),
        setup=code(f"""
            class Pause:
                def __await__(self):
                    yield


            async def fetch(name, value):
                return f"{{name}}={{value}}"


            async def worker(name, steps, log):
                for step in range(steps):
                    log.append(f"{{name}}{{step}}")
                    await Pause()


            coro = fetch("{n0}", {v0})
            print(type(coro).__name__)
            try:
                coro.send(None)
            except StopIteration as done:
                print(done.value)


            def run_all(coros):
        """),
        todo="    pass  # TODO: send(None) to each in turn until all raise StopIteration\n",
        answer=indented("""
            waiting = list(coros)
            while waiting:
                current = waiting.pop(0)
                try:
                    current.send(None)
                except StopIteration:
                    continue
                waiting.append(current)
        """),
        tail=f'\n\nlog = []\nrun_all([worker("{n0}", 2, log), worker("{n1}", 3, log)])\n'
        "print(log)\n",
        expected=out("coroutine", f"{n0}={v0}", log),
        hints=("A coroutine that has not finished goes to the back of the queue.",),
    )


def _coroutines_asyncio(ind: Industry) -> Practice:
    names = ind.names[:3]
    return Practice(
        title="asyncio.run, gather and timeouts",
        objective="Run coroutines concurrently and bound how long one may take",
        instructions=(
            "In `main()`, `await asyncio.gather(...)` three fetches (results come back in "
            "argument order), then wrap a slow `asyncio.sleep(1)` in "
            "`asyncio.wait_for(..., timeout=0.01)` and print 'timed out' on TimeoutError."
        ),
        setup=code("""
            import asyncio


            async def fetch(name):
                await asyncio.sleep(0)
                return f"{name} done"


            async def main():
        """),
        todo="    pass  # TODO: gather, then wait_for with a timeout\n",
        answer=indented(f"""
            results = await asyncio.gather(*(fetch(name) for name in {names!r}))
            print(results)
            try:
                await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
            except TimeoutError:
                print("timed out")
        """),
        tail="\n\nasyncio.run(main())\n",
        expected=out([f"{n} done" for n in names], "timed out"),
        hints=("`asyncio.run` starts the event loop and runs main() to completion.",),
    )


def _structured_by_hand(ind: Industry) -> Practice:
    v0, v1 = ind.values[:2]
    return Practice(
        title="Collect every child's failure: ExceptionGroup and except*",
        objective="Raise and handle several errors at once, as TaskGroup does",
        instructions=(
            "Write `run_children(children)`: call each, collect results and exceptions; if any "
            "failed raise `ExceptionGroup('some children failed', errors)`. Handle the group "
            "with one `except*` clause per error type."
        ),
        setup="def run_children(children):\n",
        todo="    return [child() for child in children]  # TODO: collect errors\n",
        answer=indented("""
            results, errors = [], []
            for child in children:
                try:
                    results.append(child())
                except Exception as error:
                    errors.append(error)
            if errors:
                raise ExceptionGroup("some children failed", errors)
            return results
        """),
        tail=code(f"""


            try:
                run_children([lambda: {v0}, lambda: 1 // 0, lambda: int("x")])
            except* ZeroDivisionError as group:
                print("zero division:", len(group.exceptions))
            except* ValueError as group:
                print("value errors:", [str(error) for error in group.exceptions])
            print(run_children([lambda: {v0}, lambda: {v1}]))
        """),
        expected=out(
            "zero division: 1",
            "value errors: [\"invalid literal for int() with base 10: 'x'\"]",
            [v0, v1],
        ),
        hints=("Each except* clause receives the sub-group of matching exceptions.",),
    )


def _structured_taskgroup(ind: Industry) -> Practice:
    n0, _, v0 = ind.rows[0]
    return Practice(
        title="asyncio.TaskGroup",
        objective="Start tasks that all finish (or all get cancelled) before the block ends",
        instructions=(
            "Start one `check` task per row in a TaskGroup and print their results after the "
            "block. Then start a good and a failing task: the group cancels the rest and "
            "raises an ExceptionGroup, handled with `except*`."
        ),
        setup=rows_code(ind)
        + code("""
            import asyncio


            async def check(name, value):
                await asyncio.sleep(0)
                if value < 0:
                    raise ValueError(f"{name}: negative")
                return value * 2


            async def main():
        """),
        todo="    pass  # TODO: two async with asyncio.TaskGroup() blocks\n",
        answer=indented(f"""
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(check(n, v)) for n, _, v in {ind.records}]
            print([task.result() for task in tasks])
            try:
                async with asyncio.TaskGroup() as group:
                    group.create_task(check("{n0}", {v0}))
                    group.create_task(check("Zed", -1))
            except* ValueError as errors:
                print("failed:", [str(error) for error in errors.exceptions])
        """),
        tail="\n\nasyncio.run(main())\n",
        expected=out([v * 2 for v in ind.values], "failed: ['Zed: negative']"),
        hints=("Leaving the async with block waits for every task in the group.",),
    )


GUIDES = (
    TopicGuide(
        key="taskgroup",
        keywords=("taskgroup", "task group", "structured concurrency", "exceptiongroup"),
        concepts=("async with asyncio.TaskGroup()", "create_task", "ExceptionGroup", "except*"),
        terms=(("structured concurrency", "tasks live inside a block that waits for all of them"),),
        pitfalls=("One failing task cancels its siblings: handle expected errors inside tasks.",),
        steps=(
            "Open the TaskGroup",
            "Create tasks",
            "Leave the block: wait for all",
            "Failures raise an ExceptionGroup",
        ),
        practice=(_structured_by_hand, _structured_taskgroup),
        search="python asyncio taskgroup structured concurrency",
    ),
    TopicGuide(
        key="pools",
        keywords=("concurrent futures", "threadpoolexecutor", "pool", "executor", "process pool"),
        concepts=(
            "ThreadPoolExecutor for I/O",
            "ProcessPoolExecutor for CPU",
            "map() keeps order",
            "futures carry results and errors",
        ),
        terms=(("future", "a placeholder for a result that will exist later"),),
        pitfalls=("Processes need picklable functions and arguments (no lambdas).",),
        steps=("Create the pool", "Submit work", "Workers run it", "Collect results from futures"),
        practice=(_pools_by_hand, _pools_executor),
        search="python concurrent futures threadpoolexecutor",
    ),
    TopicGuide(
        key="asyncio",
        keywords=("async", "await", "asyncio", "coroutine", "event loop"),
        concepts=("async def / await", "the event loop", "asyncio.gather", "timeouts"),
        terms=(("coroutine", "a function that can pause at await and be resumed"),),
        pitfalls=(
            "A blocking call (time.sleep, requests.get) freezes every coroutine.",
            "Forgetting await gives you a coroutine object, not its result.",
        ),
        steps=(
            "asyncio.run starts the loop",
            "A coroutine runs until await",
            "The loop runs others",
            "It resumes when ready",
        ),
        practice=(_coroutines_by_hand, _coroutines_asyncio),
        search="python asyncio async await tutorial",
    ),
    TopicGuide(
        key="threads",
        keywords=(
            "thread",
            "threading",
            "gil",
            "global interpreter lock",
            "lock",
            "race condition",
        ),
        concepts=("threading.Thread start / join", "the GIL", "Lock", "queue.Queue"),
        terms=(
            ("GIL", "CPython's global interpreter lock: one thread runs Python bytecode at a time"),
        ),
        pitfalls=(
            "Threads speed up waiting (I/O), not CPU-bound Python code.",
            "Shared state without a lock gives lost updates.",
        ),
        steps=("Create threads", "Start them", "They share memory: lock it", "Join them"),
        practice=(_threads_lock, _threads_queue),
        search="python threading gil explained",
    ),
)
