"""The first code the sandboxed interpreter runs: it installs an audit hook, then runs
``main.py`` from the sandbox directory. It is sent to the child as ``python -c`` source, so it
imports only what a bare ``python -I -S`` has loaded already, and ``_posixsubprocess`` to
disarm it; the parent never imports it.

Arguments (``sys.argv[1:]``): the sandbox directory, then the directories the code may read
(the standard library). Everything the hook needs is bound as default arguments when it is
defined: rebinding a module attribute, a builtin or a global afterwards cannot change what it
checks, and changing the defaults or code of the hook or its helpers raises an audited event it
denies.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only: the sandbox imports nothing it need not
    from collections.abc import Callable


def _disarm_process_starting() -> None:
    """``subprocess`` (which ``asyncio`` imports) takes ``fork_exec`` from ``_posixsubprocess``,
    which starts a process without an audited event. Load that module before the hook is in
    place and replace its ``fork_exec``: ``subprocess`` imported later gets the refusing
    stand-in (a cached module raises no import event), and loading a fresh copy of the
    extension is an ``import`` of ``_posixsubprocess``, which the hook denies. (Importing
    ``subprocess`` itself here would cost every run some 20 ms.)"""
    import _posixsubprocess

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("sandbox: starting a process is not allowed")

    _posixsubprocess.fork_exec = refuse  # type: ignore[assignment]


def _install(sandbox: str, readable: tuple[str, ...]) -> None:
    denied_prefixes = (
        "socket.",
        "ctypes.",
        "subprocess.",
        "os.exec",
        "os.spawn",
        "os.posix_spawn",
        "os.fork",
        "os.forkpty",
        "os.system",
        "os.kill",
        "os.killpg",
        "os.chdir",
        "os.symlink",
        "os.link",
        "pty.",
        "resource.",
        "sys.addaudithook",
        "sys.settrace",
        "sys.setprofile",
        "sys._current_frames",
        "gc.get_objects",
        "gc.get_referrers",
        "gc.get_referents",
        "cpython.",
        "_xxsubinterpreters.",
        "winreg.",
        "webbrowser.",
    )
    denied_imports = frozenset(
        {
            "ctypes",
            "_ctypes",
            "_posixsubprocess",
            "_xxsubinterpreters",
            "_xxinterpchannels",
            "_interpreters",
            "_testcapi",
            "_testinternalcapi",
            "_testbuffer",
            "_testmultiphase",
            "_testsinglephase",
            "_testclinic",
            "_testimportmultiple",
        }
    )
    # Events whose first argument is a path the code changes: only inside the sandbox.
    mutating = frozenset(
        {
            "os.remove",
            "os.rmdir",
            "os.mkdir",
            "os.chmod",
            "os.chown",
            "os.utime",
            "os.truncate",
            "os.setxattr",
            "os.removexattr",
            "os.chflags",
            "os.lchflags",
            "shutil.rmtree",
            "shutil.chown",
        }
    )
    listing = frozenset({"os.listdir", "os.scandir", "glob.glob", "glob.glob/2"})
    write_flags = 0o1 | 0o2 | 0o100 | 0o1000 | 0o2000  # O_WRONLY O_RDWR O_CREAT O_TRUNC O_APPEND
    readable_files = frozenset({"/dev/null", "/dev/urandom", "/dev/zero"})
    locked_attributes = frozenset({"__code__", "__defaults__", "__kwdefaults__"})
    # The code objects of the functions defined here (the hook and its helpers): their code and
    # defaults may not change. Other functions' may (the standard library sets defaults, e.g.
    # ``inspect`` on import, which ``dataclasses``, ``asyncio`` and ``unittest`` need).
    code_type = type(_install.__code__)
    own_code = tuple(c for c in _install.__code__.co_consts if type(c) is code_type)

    # Nothing below may use a closure or a global or builtin name: a refusal's traceback shows
    # the hook's frame, whose locals are these functions, and a closure cell can be rewritten
    # without an audited event, builtins rebound at will. Everything comes in as a default.
    def normalise(
        path: object,
        _sandbox: str = sandbox,
        _type: type = type,
        _str: type = str,
        _bytes: type = bytes,
        _none: None = None,
    ) -> str | None:
        """An absolute path without ``.``/``..``, or None for anything that is not a plain
        string (a PathLike object could answer differently when the real call converts it)."""
        if _type(path) is _bytes:
            path = path.decode("utf-8", "surrogateescape")  # type: ignore[attr-defined]
        if _type(path) is not _str:
            return _none
        text: str = path  # type: ignore[assignment]
        if "\x00" in text:
            return _none
        if not text.startswith("/"):
            text = _sandbox + "/" + text
        parts: list[str] = []
        for part in text.split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return "/" + "/".join(parts)

    def within(path: str, roots: tuple[str, ...]) -> bool:
        for root in roots:  # noqa: SIM110 - any() would be a builtin the code can rebind
            if path == root or path.startswith(root + "/"):
                return True
        return False

    def exact(value: object, _str: type = str, _isinstance: object = isinstance) -> str:
        """A plain ``str`` copy: a subclass could hash or compare unlike the string it holds."""
        return _str.__str__(value) if _isinstance(value, _str) else ""  # type: ignore[operator, call-arg]

    function_type = type(within)

    def deny(event: str, detail: object = "", _error: type = PermissionError) -> None:
        raise _error(f"sandbox: {event} {detail!s:.200} is not allowed".replace("  ", " "))

    def hook(
        event: str,
        args: tuple[object, ...],
        _type: type = type,
        _int: type = int,
        _str: type = str,
        _none: None = None,
        _denied_prefixes: tuple[str, ...] = denied_prefixes,
        _denied_imports: frozenset[str] = denied_imports,
        _mutating: frozenset[str] = mutating,
        _listing: frozenset[str] = listing,
        _write_flags: int = write_flags,
        _writable: tuple[str, ...] = (sandbox,),
        _readable: tuple[str, ...] = (sandbox, *readable),
        _readable_files: frozenset[str] = readable_files,
        _locked: frozenset[str] = locked_attributes,
        _own_code: tuple[object, ...] = own_code,
        _function: type = function_type,
        _unix: int = 1,  # AF_UNIX
        deny: Callable[..., None] = deny,
        exact: Callable[[object], str] = exact,
        normalise: Callable[[object], str | None] = normalise,
        within: Callable[[str, tuple[str, ...]], bool] = within,
    ) -> None:
        if event == "socket.__new__" and _type(args[1]) is _int and args[1] == _unix:
            return  # asyncio's self-pipe: connect, bind and sendto stay denied
        if event.startswith(_denied_prefixes):
            deny(event)
        if event == "import":
            name = exact(args[0])
            if name in _denied_imports or name.split(".")[0] in _denied_imports:
                deny(event, args[0])
            return
        if event in ("object.__setattr__", "object.__delattr__"):
            if exact(args[1]) in _locked and _type(args[0]) is _function:
                code = args[0].__code__  # type: ignore[attr-defined]
                for own in _own_code:
                    if code is own:
                        deny(event, args[1])
            return
        if event == "open":
            target, mode, flags = args
            if _type(target) is _int:
                return  # an already open descriptor
            raw_relative = _type(target) is _str and not target.startswith("/")  # type: ignore[attr-defined]
            if mode is _none and raw_relative:
                deny(event, "a relative os.open() (it could be relative to any directory)")
            path = normalise(target)
            if path is _none:
                deny(event, "a path that is not a plain string")
            writing = _type(flags) is _int and flags & _write_flags  # type: ignore[operator]
            if _type(mode) is _str:
                for letter in "wax+":
                    if letter in mode:  # type: ignore[operator]
                        writing = True
            if writing:
                if not within(path, _writable):  # type: ignore[arg-type]
                    deny(event, f"writing {path}")
            elif not (within(path, _readable) or path in _readable_files):  # type: ignore[arg-type]
                deny(event, f"reading {path}")
            return
        if event in _mutating or event in _listing or event == "os.rename":
            if event == "os.rename":
                paths, dir_fds = args[:2], args[2:]
            elif event in _listing:
                paths, dir_fds = args[:1], args[2:]
            else:
                paths, dir_fds = args[:1], args[-1:]
            for fd in dir_fds:
                if event in _mutating and fd is not _none and fd != -1:
                    deny(event, "a path relative to a directory descriptor")
            for target in paths:
                if _type(target) is _int:
                    continue
                path = normalise(target)
                roots = _readable if event in _listing else _writable
                if path is _none or not within(path, roots):
                    deny(event, path)

    for own in (normalise, within, exact, deny, hook):
        if own.__closure__ is not None:  # a cell is writable without an audited event
            raise RuntimeError(f"sandbox: {own.__name__} must not use a closure")
    _disarm_process_starting()
    sys.addaudithook(hook)


def _run() -> None:
    sandbox, *readable = sys.argv[1:]
    _install(sandbox, tuple(readable))
    with open(sandbox + "/main.py", "rb") as file:
        source = file.read()
    code = compile(source, "main.py", "exec")
    sys.argv[:] = ["main.py"]
    namespace = {"__name__": "__main__", "__builtins__": __builtins__, "__file__": "main.py"}
    globals().clear()  # nothing of the bootstrap stays reachable from the user's frames
    exec(code, namespace)  # noqa: S102 - running the user's code is the purpose


if __name__ == "__main__":
    _run()
