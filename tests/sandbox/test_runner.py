"""The sandbox under attack. Most attacks run twice or more: with every layer, and with one
layer turned off, so each remaining layer is shown to hold on its own."""

from __future__ import annotations

import os
import socket
import textwrap
import time
import types

import psutil
import pytest

from skillsync.sandbox import (
    ExerciseVerdictCode,
    Isolation,
    Layers,
    exercise_check,
    run_python,
)
from skillsync.sandbox.runner import BOOTSTRAP, PROJECT_DIR, START_UP_SLACK, namespaces_available

ALL = Layers()
NO_HOOK = Layers(audit_hook=False)  # rlimits + namespaces alone
NO_NAMESPACES = Layers(namespaces=False)  # rlimits + audit hook alone
needs_namespaces = pytest.mark.skipif(not namespaces_available(), reason="no unshare -Ur here")
SECRET = "fake-signing-key-3f9a1c"


def run(code: str, **kwargs):
    return run_python(textwrap.dedent(code), **kwargs)


def no_descendants() -> bool:
    return not psutil.Process().children(recursive=True)


def test_prints_and_reads_stdin():
    result = run("name = input()\nprint(f'hello {name}')\nprint(sum(range(4)))", stdin="ada\n")

    assert (result.stdout, result.stderr, result.exit_code) == ("hello ada\n6\n", "", 0)
    assert not result.timed_out
    assert result.killed_reason is None
    assert Isolation.AUDIT_HOOK in result.isolation
    assert (Isolation.NAMESPACES in result.isolation) == namespaces_available()


def test_exit_code_and_traceback_are_reported():
    result = run("raise SystemExit(3)")
    crashed = run("1 / 0")

    assert result.exit_code == 3
    assert crashed.exit_code == 1
    assert "ZeroDivisionError" in crashed.stderr


def test_output_is_capped_with_a_marker():
    result = run("import sys\nsys.stdout.write('x' * 200_000)")

    assert result.exit_code == 0
    assert result.stdout.startswith("x" * 1000)
    assert result.stdout.endswith("[output truncated: 134464 more bytes dropped]")


@pytest.mark.parametrize("layers", [ALL, NO_HOOK, NO_NAMESPACES], ids=["all", "no-hook", "no-ns"])
def test_secrets_in_our_environment_do_not_reach_the_code(monkeypatch, layers):
    monkeypatch.setenv("SKILLSYNC_JWT_SIGNING_KEY", SECRET)
    code = """
        import os
        print(dict(os.environ))
        for path in ("/proc/self/environ", "/proc/1/environ"):
            try:
                print(open(path, "rb").read())
            except OSError as error:
                print(path, type(error).__name__)
    """
    if layers == NO_NAMESPACES:  # PID 1 is the machine's init here, not ours: skip it
        code = code.replace(', "/proc/1/environ"', "")

    result = run(code, layers=layers)

    assert result.exit_code == 0, result.stderr
    assert SECRET not in result.stdout
    assert "SKILLSYNC" not in result.stdout


def test_reading_system_and_project_files_is_refused():
    targets = ["/etc/passwd", "/etc/shadow", str(PROJECT_DIR / "pyproject.toml"), "/root/.bashrc"]
    code = f"""
        for path in {targets!r}:
            try:
                open(path).read()
                print("read", path)
            except OSError as error:
                print("refused", path, type(error).__name__)
    """

    result = run(code)

    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("\n")[:-1] == [f"refused {t} PermissionError" for t in targets]


@needs_namespaces
def test_project_directory_is_hidden_without_the_hook():
    result = run(f"import os\nprint(os.listdir({str(PROJECT_DIR)!r}))", layers=NO_HOOK)

    assert "pyproject.toml" not in result.stdout


@pytest.mark.parametrize("layers", [ALL, NO_HOOK, NO_NAMESPACES], ids=["all", "no-hook", "no-ns"])
def test_writing_outside_the_sandbox_fails(layers, tmp_path):
    if layers == NO_HOOK and not namespaces_available():
        pytest.skip("no unshare -Ur here")
    target = PROJECT_DIR / f"sandbox-escape-{os.getpid()}.txt"
    code = f"""
        with open("inside.txt", "w") as inside:
            inside.write("fine")
        with open({str(target)!r}, "w") as outside:
            outside.write("escaped")
    """

    try:
        result = run(code, layers=layers)
        written = target.exists()
    finally:
        target.unlink(missing_ok=True)

    assert not written
    if layers != NO_HOOK:  # with only namespaces it writes into an empty, private tmpfs
        assert result.exit_code == 1
        assert "PermissionError" in result.stderr


@pytest.mark.parametrize("layers", [ALL, NO_HOOK, NO_NAMESPACES], ids=["all", "no-hook", "no-ns"])
def test_a_socket_to_our_listener_gets_nowhere(layers):
    if layers == NO_HOOK and not namespaces_available():
        pytest.skip("no unshare -Ur here")
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        code = f"""
            import socket
            try:
                connection = socket.create_connection(("127.0.0.1", {port}), timeout=1)
                connection.sendall(b"{SECRET}")
                print("connected")
            except OSError as error:
                print("refused", type(error).__name__)
        """

        result = run(code, layers=layers)

        listener.settimeout(0.2)
        with pytest.raises(TimeoutError):
            listener.accept()
    assert result.stdout.startswith("refused"), result.stdout + result.stderr


@pytest.mark.parametrize("layers", [ALL, NO_HOOK, NO_NAMESPACES], ids=["all", "no-hook", "no-ns"])
def test_a_unix_socket_to_a_local_service_gets_nowhere(layers, tmp_path):
    # A local service listens on a Unix socket in /run (as PostgreSQL does): the network
    # namespace does not cut it, hiding /run does; the hook refuses the connect anyway.
    if layers == NO_HOOK and not namespaces_available():
        pytest.skip("no unshare -Ur here")
    path = f"/run/skillsync-sandbox-test-{os.getpid()}.sock"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(path)
        try:
            listener.listen()
            code = f"""
                import socket
                try:
                    connection = socket.socket(socket.AF_UNIX)
                    connection.connect("{path}")
                    connection.sendall(b"{SECRET}")
                    print("connected")
                except OSError as error:
                    print("refused", type(error).__name__)
            """

            result = run(code, layers=layers)

            listener.settimeout(0.2)
            with pytest.raises(TimeoutError):
                listener.accept()
        finally:
            os.unlink(path)
    assert result.stdout.startswith("refused"), result.stdout + result.stderr


@pytest.mark.parametrize("layers", [ALL, NO_HOOK], ids=["all", "no-hook"])
def test_an_infinite_loop_is_stopped_by_the_cpu_limit(layers):
    result = run("while True:\n    pass", time_limit=1, layers=layers)

    assert result.exit_code is None
    assert result.killed_reason in ("cpu_time", "timeout")
    assert result.duration_ms < (1 + START_UP_SLACK + 0.5) * 1000
    assert no_descendants()


def test_a_sleeping_loop_is_stopped_by_the_wall_clock():
    result = run("import time\nwhile True:\n    time.sleep(1)", time_limit=1)

    assert result.timed_out
    assert result.killed_reason == "timeout"
    assert result.exit_code is None
    assert result.duration_ms < (1 + START_UP_SLACK + 0.5) * 1000
    assert no_descendants()


@pytest.mark.parametrize("layers", [ALL, NO_HOOK, NO_NAMESPACES], ids=["all", "no-hook", "no-ns"])
def test_a_huge_allocation_fails(layers):
    result = run("data = bytearray(10**10)\nprint('allocated')", layers=layers)

    assert "allocated" not in result.stdout
    assert result.exit_code == 1
    assert result.killed_reason == "memory"


@pytest.mark.parametrize("layers", [ALL, NO_NAMESPACES], ids=["all", "no-ns"])
def test_a_fork_bomb_is_refused_and_leaves_nothing(layers):
    started = time.monotonic()

    result = run("import os\nwhile True:\n    os.fork()", time_limit=2, layers=layers)

    assert result.exit_code == 1
    assert "PermissionError" in result.stderr
    assert time.monotonic() - started < 2
    assert no_descendants()


@needs_namespaces
def test_processes_that_leave_the_group_die_with_the_namespace():
    """Without the hook, forking works; children that start their own session escape a
    ``killpg`` but not the PID namespace. (An unbounded bomb is not run here: as root nothing
    but the hook bounds the number of processes, see the runner's docstring.)"""
    code = """
        import os, time
        for _ in range(20):
            if os.fork() == 0:
                os.setsid()
                time.sleep(60)
                os._exit(0)
        print("forked", flush=True)
        time.sleep(60)
    """

    result = run(code, time_limit=1, layers=NO_HOOK)

    assert result.stdout == "forked\n"
    assert result.timed_out
    assert no_descendants()
    assert not [
        p for p in psutil.process_iter(["cmdline"]) if "main.py" in (p.info["cmdline"] or [])
    ]


def test_a_native_escape_hatch_is_refused():
    result = run("import ctypes")
    spawn = run("import os\nos.system('true')")
    # CPython swallows a refusal of sys.addaudithook: the hook is silently not added.
    hook = run("import sys\nseen = []\nsys.addaudithook(seen.append)\nprint(1)\nprint(seen)")

    assert "PermissionError" in result.stderr
    assert result.exit_code == 1
    assert "PermissionError" in spawn.stderr
    assert spawn.exit_code == 1
    assert hook.stdout == "1\n[]\n"
    assert hook.exit_code == 0


def test_exercise_with_the_right_solution_passes():
    verdict = exercise_check(
        solution="print(sum([1, 2, 3]))  \nprint('done')\n",
        starter="# add the numbers\nprint('done')",
        expected_output="6\ndone\n\n",
    )

    assert verdict.code is ExerciseVerdictCode.PASSED
    assert verdict.passed


def test_exercise_with_the_wrong_output_fails():
    verdict = exercise_check(solution="print(5)", starter="pass", expected_output="6")

    assert verdict.code is ExerciseVerdictCode.WRONG_OUTPUT
    assert not verdict.passed
    assert verdict.starter is None


def test_exercise_whose_solution_crashes_fails():
    verdict = exercise_check(solution="print(6)\n1/0", starter="pass", expected_output="6")

    assert verdict.code is ExerciseVerdictCode.SOLUTION_FAILED


def test_exercise_whose_starter_already_passes_is_flagged():
    verdict = exercise_check(solution="print(6)", starter="print(2 * 3)", expected_output="6\n")

    assert verdict.code is ExerciseVerdictCode.STARTER_ALREADY_PASSES
    assert not verdict.passed


def test_the_standard_library_that_sets_function_defaults_works():
    # ``inspect`` sets a function's __defaults__ on import; dataclasses, asyncio and unittest
    # import it. Only the hook's own functions are locked.
    result = run(
        """
        import asyncio, concurrent.futures, dataclasses, pprint, tomllib, unittest

        @dataclasses.dataclass
        class Point:
            x: int
            y: int = 0

        async def double(n):
            await asyncio.sleep(0)
            return 2 * n

        def mine(a=1):
            return a

        mine.__defaults__ = (5,)
        print(Point(1), asyncio.run(double(21)), mine())
        """
    )

    assert result.stdout == "Point(x=1, y=0) 42 5\n", result.stderr
    assert result.exit_code == 0


def test_the_hooks_own_code_cannot_be_given_new_defaults():
    # A refusal's traceback shows the hook's frames: a function rebuilt from its code is still
    # the hook's code, and stays locked.
    result = run(
        """
        import types
        try:
            open("/etc/passwd")
        except PermissionError as error:
            tb = error.__traceback__
        codes = []
        while tb is not None:
            codes.append(tb.tb_frame.f_code)
            tb = tb.tb_next
        hook_code = next(c for c in codes if c.co_name == "hook")
        rebuilt = types.FunctionType(hook_code, {}, "hook", None, tuple(
            types.CellType() for _ in hook_code.co_freevars
        ))
        try:
            rebuilt.__defaults__ = ()
        except PermissionError:
            print("locked")
        """
    )

    assert result.stdout == "locked\n", result.stderr


def test_the_process_starter_behind_subprocess_is_disarmed():
    # asyncio needs subprocess importable, so _posixsubprocess is loaded: its fork_exec (which
    # raises no audit event) is replaced, and loading a fresh copy of it is refused.
    result = run(
        """
        import importlib.machinery, importlib.util, _posixsubprocess, subprocess
        for attempt in (
            lambda: _posixsubprocess.fork_exec(),
            lambda: subprocess._fork_exec(),
            lambda: importlib.reload(_posixsubprocess).fork_exec(),
        ):
            try:
                attempt()
            except PermissionError:
                print("refused")
        loader = importlib.machinery.ExtensionFileLoader("_posixsubprocess", "/x.so")
        spec = importlib.util.spec_from_file_location("_posixsubprocess", "/x.so", loader=loader)
        try:
            loader.create_module(spec)
        except PermissionError:
            print("refused")
        """
    )

    assert result.stdout == "refused\n" * 4, result.stderr


def test_the_hook_and_its_helpers_hold_nothing_code_could_rewrite():
    # A refusal's traceback shows the hook's frame and its locals: a closure cell could be
    # rewritten without an audited event, a builtin rebound. So: no closures, and no name
    # looked up but attributes of the values passed in.
    source = BOOTSTRAP.read_text()
    install = next(
        c
        for c in compile(source, "bootstrap", "exec").co_consts
        if getattr(c, "co_name", "") == "_install"
    )
    functions = {c.co_name: c for c in install.co_consts if isinstance(c, types.CodeType)}
    attributes = {
        "decode",
        "startswith",
        "split",
        "pop",
        "append",
        "join",
        "__str__",
        "replace",
        "__code__",
    }
    for name in ("hook", "normalise", "within", "exact", "deny"):
        assert functions[name].co_freevars == (), name
        assert set(functions[name].co_names) <= attributes, name


def test_the_hooks_helpers_taken_from_a_traceback_cannot_widen_the_sandbox():
    result = run(
        """
        try:
            open("/etc/passwd")
        except PermissionError as error:
            tb = error.__traceback__
        while tb.tb_frame.f_code.co_name != "hook":
            tb = tb.tb_next
        helpers = tb.tb_frame.f_locals
        for name in ("normalise", "within", "exact", "deny"):
            print(name, helpers[name].__closure__)
        try:
            helpers["normalise"].__defaults__ = ("/",)
        except PermissionError:
            print("defaults locked")
        try:
            open("../../../../etc/passwd")
        except PermissionError:
            print("still refused")
        """
    )

    assert result.stdout.splitlines() == [
        "normalise None",
        "within None",
        "exact None",
        "deny None",
        "defaults locked",
        "still refused",
    ], result.stderr
