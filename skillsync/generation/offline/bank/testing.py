"""Testing: plain-assert tests, fixtures and parametrized cases, fakes and mocks.

Exercises run in the sandbox with the standard library only: pytest is not there, so the
tests are run by a few lines of plain Python; the instructions say what pytest adds."""

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

_RUNNER = code("""


    for test in TESTS:
        try:
            test()
            print("PASS", test.__name__)
        except AssertionError:
            print("FAIL", test.__name__)
""")


def _mocking_fake(ind: Industry) -> Practice:
    n0, _, v0 = ind.rows[0]
    path = f"/{ind.records}/{n0}"
    return Practice(
        title=f"Test without the {ind.domain} API: a hand-written fake",
        objective="Replace a dependency with an object that returns canned data and records calls",
        instructions=(
            "`fetch_value(client, name)` calls `client.get(path)`. Write `FakeClient(responses)` "
            "whose `get` records the path in `calls` and returns the canned response. "
            "`unittest.mock.Mock` automates exactly this."
        ),
        setup=f'def fetch_value(client, name):\n    return client.get(f"/{ind.records}/{{name}}")'
        '["value"]\n\n\n',
        todo="class FakeClient:\n    pass  # TODO: __init__(responses), get(path)\n",
        answer=code("""
            class FakeClient:
                def __init__(self, responses):
                    self.responses = responses
                    self.calls = []

                def get(self, path):
                    self.calls.append(path)
                    return self.responses[path]
        """),
        tail=code(f"""


            client = FakeClient({{"{path}": {{"value": {v0}}}}})
            print(fetch_value(client, "{n0}"))
            print(client.calls)
        """),
        expected=out(v0, [path]),
        hints=("Pass the dependency in as an argument: then a test can pass a fake.",),
    )


def _mocking_mock(ind: Industry) -> Practice:
    (n0, _, v0), (n1, _, _) = ind.rows[:2]
    path = f"/{ind.records}/{n0}"
    return Practice(
        title="unittest.mock: return values, call checks, side effects",
        objective="Configure a Mock, assert how it was called, make it raise",
        instructions=(
            "Give a `Mock()` client's `get` a `return_value`, check the call with "
            "`assert_called_once_with`, print `call_args`; then set `side_effect` to a "
            "ConnectionError and see the error reach the caller."
        ),
        setup=f"from unittest.mock import Mock\n\n\ndef fetch_value(client, name):\n"
        f'    return client.get(f"/{ind.records}/{{name}}")["value"]\n\n\n',
        todo="client = Mock()\n# TODO: return_value, assert_called_once_with, side_effect\n",
        answer=code(f"""
            client = Mock()
            client.get.return_value = {{"value": {v0}}}
            print(fetch_value(client, "{n0}"))
            client.get.assert_called_once_with("{path}")
            print(client.get.call_args)
            client.get.side_effect = ConnectionError("service down")
            try:
                fetch_value(client, "{n1}")
            except ConnectionError as error:
                print("error:", error)
            print(client.get.call_count)
        """),
        expected=out(v0, f"call({path!r})", "error: service down", 2),
        hints=("Mock the boundary (the client), not the code under test.",),
    )


def _fixtures_parametrized(ind: Industry) -> Practice:
    t = ind.threshold
    cases = [(v, "high" if v >= t else "ok") for v in ind.values]
    return Practice(
        title="Parametrized tests and fresh fixtures",
        objective="Run one test over a table of cases; give each test its own data",
        instructions=(
            "`@pytest.mark.parametrize` runs one test per case; a fixture builds fresh data "
            "for each test. Implement `label(value, limit)` ('high' at or above the limit, "
            "else 'ok') and the `make_rows` fixture returning a new list of lists each time."
        ),
        setup=rows_code(ind) + f"CASES = {cases!r}\n\n\n",
        todo='def label(value, limit):\n    return "ok"  # TODO\n\n\ndef make_rows():\n'
        f"    return {ind.records}  # TODO: a fresh copy each call\n",
        answer=code(f"""
            def label(value, limit):
                return "high" if value >= limit else "ok"


            def make_rows():
                return [list(row) for row in {ind.records}]
        """),
        tail=code(f"""


            def test_label(value, expected):
                assert label(value, {t}) == expected


            def test_fixture_is_fresh():
                rows = make_rows()
                rows.pop()
                assert len(make_rows()) == {len(ind.rows)}


            for value, expected in CASES:
                try:
                    test_label(value, expected)
                    print(f"PASS test_label[{{value}}]")
                except AssertionError:
                    print(f"FAIL test_label[{{value}}]")
            try:
                test_fixture_is_fresh()
                print("PASS test_fixture_is_fresh")
            except AssertionError:
                print("FAIL test_fixture_is_fresh")
        """),
        expected=out(*(f"PASS test_label[{v}]" for v, _ in cases), "PASS test_fixture_is_fresh"),
        hints=("Sharing one mutable object between tests makes their order matter.",),
    )


def _fixtures_teardown(ind: Industry) -> Practice:
    n0, _, v0 = ind.rows[0]
    return Practice(
        title="A yield fixture with set-up and tear-down",
        objective="Run code before and after each test, whatever its result",
        instructions=(
            "A pytest yield fixture runs up to `yield`, hands the value to the test, and runs "
            "the rest afterwards. Write `run_with_fixture(test, fixture)`: start the generator, "
            "pass its value to the test, print PASS/FAIL, then finish the generator."
        ),
        setup=rows_code(ind)
        + code(f"""
            log = []


            def database():
                log.append("setup")
                rows = {{row[0]: row[2] for row in {ind.records}}}
                yield rows
                log.append("teardown")


            def test_lookup(db):
                assert db["{n0}"] == {v0}


            def test_missing(db):
                assert "Zed" in db


            def run_with_fixture(test, fixture):
        """),
        todo='    print("PASS", test.__name__)  # TODO\n',
        answer=indented("""
            steps = fixture()
            value = next(steps)
            try:
                test(value)
                result = "PASS"
            except AssertionError:
                result = "FAIL"
            finally:
                next(steps, None)
            print(result, test.__name__)
        """),
        tail="\n\nrun_with_fixture(test_lookup, database)\n"
        "run_with_fixture(test_missing, database)\n"
        "print(log)\n",
        expected=out(
            "PASS test_lookup", "FAIL test_missing", ["setup", "teardown", "setup", "teardown"]
        ),
        hints=("`next(generator, None)` runs the code after yield without raising at the end.",),
    )


def _testing_plain(ind: Industry) -> Practice:
    values = ind.values
    return Practice(
        title="Write the function the tests describe",
        objective="Read test functions as a specification; make them pass",
        instructions=(
            "pytest collects functions named `test_*` and runs each; a failing `assert` fails "
            "the test. Here a five-line loop plays pytest (run `pytest` on the same file "
            "elsewhere). Implement `grand_sum(values)` so every test passes."
        ),
        setup=f"VALUES = {values!r}\n\n\ndef grand_sum(values):\n",
        todo="    return 0  # TODO\n",
        answer=indented("""
            result = 0
            for value in values:
                result += value
            return result
        """),
        tail=code(f"""


            def test_empty():
                assert grand_sum([]) == 0


            def test_values():
                assert grand_sum(VALUES) == {sum(values)}


            def test_negative():
                assert grand_sum([5, -2]) == 3


            TESTS = [test_empty, test_values, test_negative]
        """)
        + _RUNNER,
        expected=out("PASS test_empty", "PASS test_values", "PASS test_negative"),
        hints=("Run the tests before writing code: which fail, and why?",),
    )


def _testing_raises(ind: Industry) -> Practice:
    v0 = ind.values[0]
    return Practice(
        title="Test that errors are raised",
        objective="Check failure paths, like pytest.raises",
        instructions=(
            "`raises(kind)` is a small `pytest.raises`: the test fails unless the block raises "
            f"`kind`. Implement `parse_value(text)`: an int, but ValueError for negative "
            f"{ind.measure_label} values (int() already raises it for text)."
        ),
        setup=code("""
            from contextlib import contextmanager


            @contextmanager
            def raises(kind):
                try:
                    yield
                except kind:
                    return
                raise AssertionError(f"{kind.__name__} not raised")


            def parse_value(text):
        """),
        todo="    return int(text)  # TODO: reject negative values\n",
        answer=indented("""
            value = int(text)
            if value < 0:
                raise ValueError(f"negative value: {value}")
            return value
        """),
        tail=code(f"""


            def test_parse():
                assert parse_value("{v0}") == {v0}


            def test_rejects_negative():
                with raises(ValueError):
                    parse_value("-1")


            def test_rejects_text():
                with raises(ValueError):
                    parse_value("n/a")


            TESTS = [test_parse, test_rejects_negative, test_rejects_text]
        """)
        + _RUNNER,
        expected=out("PASS test_parse", "PASS test_rejects_negative", "PASS test_rejects_text"),
        hints=("Test the unhappy paths too: they are where bugs hide.",),
    )


GUIDES = (
    TopicGuide(
        key="mocking",
        keywords=("mock", "mocking", "unittest mock", "patch", "test double"),
        concepts=(
            "fakes and mocks",
            "return_value / side_effect",
            "assert_called_once_with",
            "mock at the boundary",
        ),
        terms=(("mock", "a stand-in object that records how it is used"),),
        pitfalls=(
            "Patch where the name is looked up, not where it is defined.",
            "Over-mocking tests the mocks, not your code.",
        ),
        steps=("Find the dependency", "Replace it with a mock", "Run the code", "Assert on calls"),
        practice=(_mocking_fake, _mocking_mock),
        search="python unittest mock tutorial",
    ),
    TopicGuide(
        key="fixtures",
        keywords=("fixture", "parametrize", "parametrized", "conftest"),
        concepts=(
            "@pytest.fixture",
            "yield fixtures",
            "@pytest.mark.parametrize",
            "isolated tests",
        ),
        terms=(("fixture", "a function that prepares what a test needs, and cleans up after"),),
        pitfalls=("A fixture returning shared mutable data couples tests together.",),
        steps=(
            "pytest sees the argument name",
            "Runs the fixture",
            "Runs the test",
            "Runs the tear-down",
        ),
        practice=(_fixtures_parametrized, _fixtures_teardown),
        search="pytest fixtures parametrize tutorial",
    ),
    TopicGuide(
        key="testing",
        keywords=("test", "testing", "pytest", "unittest", "assert", "unit test"),
        concepts=("test_* functions", "plain assert", "testing errors", "arrange / act / assert"),
        terms=(("unit test", "a small automatic check of one behaviour"),),
        pitfalls=("A test that never fails proves nothing: see it fail first.",),
        steps=("Arrange the data", "Act: call the code", "Assert the result", "Run all tests"),
        practice=(_testing_plain, _testing_raises),
        search="pytest tutorial unit tests",
    ),
)
