"""Getting started: the REPL, venv, pip and requirements files, scripts, modules and imports."""

from __future__ import annotations

import math
import re
import statistics
import sys
from collections import Counter

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
    unpack,
)
from skillsync.generation.offline.industries import Industry

_PACKAGES = {
    "healthcare": "fhir.resources",
    "finance": "py-moneyed",
    "retail": "stripe",
    "education": "canvasapi",
    "logistics": "geopy",
    "gaming": "pygame",
    "manufacturing": "pymodbus",
    "travel": "amadeus",
}


def _repl_echo(ind: Industry) -> Practice:
    first = ind.rows[0]
    return Practice(
        title=f"What the REPL shows for {ind.records}",
        objective="Tell repr() (what the REPL echoes) from str() (what print shows)",
        instructions=(
            f"At the `>>>` prompt, typing an expression echoes its `repr()`; `print()` shows its "
            f"`str()`. Reproduce in a script what the REPL would show for `{ind.records}[0]` and "
            f"for that {ind.record}'s name, then print the name plainly and the number of "
            f"{ind.records}."
        ),
        setup=rows_code(ind),
        todo="# TODO: four print() calls: repr of the first row, repr of its name, the name, "
        "the count\n",
        answer=code(f"""
            first = {ind.records}[0]
            print(repr(first))
            print(repr(first[0]))
            print(first[0])
            print(len({ind.records}))
        """),
        expected=out(repr(first), repr(first[0]), first[0], len(ind.rows)),
        hints=(
            "`repr()` of a string keeps its quotes; `print()` of a string does not.",
            "A row is a tuple: `first[0]` is its first item.",
        ),
    )


def _repl_version(ind: Industry) -> Practice:
    major, minor = sys.version_info[:2]
    return Practice(
        title="Check the interpreter before you run the reports",
        objective="Read sys.version_info and compare versions as tuples",
        instructions=(
            f"Before running the {ind.domain} scripts, check the interpreter: print whether it "
            "is at least Python 3.12 (compare `sys.version_info` with a tuple), then print its "
            "version as `major.minor`."
        ),
        setup="import sys\n",
        todo="# TODO: print(True/False for >= 3.12), then print e.g. 3.12\n",
        answer=code("""
            print(sys.version_info >= (3, 12))
            print(f"{sys.version_info.major}.{sys.version_info.minor}")
        """),
        expected=out((major, minor) >= (3, 12), f"{major}.{minor}"),
        hints=(
            "Tuples compare item by item: (3, 12, 4) >= (3, 12) is True.",
            "`sys.version_info.major` and `.minor` are ints.",
        ),
    )


def _venv_config(ind: Industry) -> Practice:
    prompt = f"{ind.key}-reports"
    return Practice(
        title="Read a virtual environment's pyvenv.cfg",
        objective="Parse key = value lines with str.partition",
        instructions=(
            "`python -m venv .venv` writes `.venv/pyvenv.cfg`, a few `key = value` lines. Parse "
            "the text below into a dict, then print the Python version, the prompt, and whether "
            "the environment can see the system's site-packages (a bool)."
        ),
        setup=code(f'''
            config_text = """home = /usr/local/bin
            include-system-site-packages = false
            version = 3.12.4
            prompt = {prompt}
            """
        '''),
        todo="# TODO: build a dict from the lines, then print three values\n",
        answer=code("""
            settings = {}
            for raw in config_text.splitlines():
                key, _, value = raw.partition("=")
                settings[key.strip()] = value.strip()
            print(settings["version"])
            print(settings["prompt"])
            print(settings["include-system-site-packages"] == "true")
        """),
        expected=out("3.12.4", prompt, False),
        hints=(
            '`"a = b".partition("=")` gives `("a ", "=", " b")`; strip both sides.',
            'The file stores "false" as text: compare it with "true" to get a bool.',
        ),
    )


def _venv_paths(ind: Industry) -> Practice:
    project = f"/home/dev/{ind.key}-reports/.venv"
    return Practice(
        title="Am I inside a virtual environment?",
        objective="Compare sys.prefix with sys.base_prefix; build activation paths",
        instructions=(
            "Inside a venv, `sys.prefix` (the environment) differs from `sys.base_prefix` (the "
            "installation it was made from). Complete `in_virtualenv`, then see where the "
            "activation script lives on Linux/macOS and on Windows."
        ),
        setup=code("""
            from pathlib import PurePosixPath, PureWindowsPath


            def in_virtualenv(prefix: str, base_prefix: str) -> bool:
        """),
        todo="    return False  # TODO: compare the two prefixes\n",
        answer="    return prefix != base_prefix\n",
        tail=code(f"""
            print(in_virtualenv("{project}", "/usr/local"))
            print(in_virtualenv("/usr/local", "/usr/local"))
            print(PurePosixPath("{project}") / "bin" / "activate")
            print(PureWindowsPath("C:/dev/{ind.key}-reports/.venv") / "Scripts" / "activate.bat")
        """),
        expected=out(
            True,
            False,
            f"{project}/bin/activate",
            f"C:\\dev\\{ind.key}-reports\\.venv\\Scripts\\activate.bat",
        ),
        hints=(
            "Two different strings mean a venv is active.",
            "The `/` operator joins path parts; Windows paths print with backslashes.",
        ),
    )


def _pip_pins(ind: Industry) -> Practice:
    package = _PACKAGES.get(ind.key, "rich")
    text = (
        f"# {ind.domain} reporting tools\nrequests==2.32.3\n\n{package}==1.4.0\n"
        "# pinned for the PDF exports\nreportlab==4.2.5\n"
    )
    rows = [line.split("==") for line in text.splitlines() if line and not line.startswith("#")]
    return Practice(
        title="Read a requirements file without installing anything",
        objective="Skip comments and blank lines; split name==version pins",
        instructions=(
            "`pip install -r requirements.txt` reads one requirement a line, ignoring blank "
            "lines and `#` comments. Print each pinned requirement as `name -> version`, the "
            "name in lowercase."
        ),
        setup=f'requirements_text = """{text}"""\n',
        todo="# TODO: loop over the lines, skip blanks and comments, print name -> version\n",
        answer=code("""
            for raw in requirements_text.splitlines():
                entry = raw.strip()
                if not entry or entry.startswith("#"):
                    continue
                package, _, version = entry.partition("==")
                print(f"{package.lower()} -> {version}")
        """),
        expected=out(*(f"{name.lower()} -> {version}" for name, version in rows)),
        hints=(
            "`entry.startswith('#')` finds comments; `not entry` finds blank lines.",
            '`"a==1".partition("==")` gives `("a", "==", "1")`.',
        ),
    )


def _pip_audit(ind: Industry) -> Practice:
    package = _PACKAGES.get(ind.key, "rich")
    text = f"requests==2.32.3\n{package}\nRequests>=2.31\npytest\n"
    seen: set[str] = set()
    unpinned: list[str] = []
    duplicates: list[str] = []
    for raw in text.splitlines():
        name = re.split(r"[=<>!~ ;\[]", raw.strip(), maxsplit=1)[0].lower()
        if "==" not in raw:
            unpinned.append(name)
        if name in seen:
            duplicates.append(name)
        seen.add(name)
    return Practice(
        title="Audit a requirements file",
        objective="Find unpinned and duplicated requirements",
        instructions=(
            "Reproducible installs pin every requirement with `==`, and name each package once "
            "(names are case-insensitive). List the unpinned requirements and the duplicated "
            "names, in file order."
        ),
        setup=f'import re\n\nrequirements_text = """{text}"""\n',
        todo=code("""
            unpinned = []
            duplicates = []
            # TODO: fill both lists (a name ends at the first of = < > ! ~ ; [ or a space)
        """),
        answer=code("""
            seen = set()
            unpinned = []
            duplicates = []
            for raw in requirements_text.splitlines():
                entry = raw.strip()
                name = re.split(r"[=<>!~ ;\\[]", entry, maxsplit=1)[0].lower()
                if "==" not in entry:
                    unpinned.append(name)
                if name in seen:
                    duplicates.append(name)
                seen.add(name)
        """),
        tail='print("unpinned:", unpinned)\nprint("duplicates:", duplicates)\n',
        expected=out(f"unpinned: {unpinned}", f"duplicates: {duplicates}"),
        hints=(
            "Lower-case names before comparing: `Requests` and `requests` are one package.",
            "A set remembers the names already seen.",
        ),
    )


def _script_main(ind: Industry) -> Practice:
    rows = ind.rows
    return Practice(
        title=f"Your first script: {ind.a_record} report",
        objective="Put the work in main() and run it under if __name__ == '__main__'",
        instructions=(
            f"Write `main()` so the script prints `{ind.records.capitalize()} report`, then one "
            f"line per {ind.record}: `<name>: <{ind.measure_label}> {ind.unit}`. Run it as a "
            "script (`python report.py`): the `__name__` guard calls `main()`."
        ),
        setup=rows_code(ind) + "\n\ndef main() -> None:\n",
        todo="    pass  # TODO: print the title, then one line per row\n",
        answer=indented(f"""
            print("{ind.records.capitalize()} report")
            for {unpack(ind)} in {ind.records}:
                print(f"{{name}}: {{{ind.measure}}} {ind.unit}")
        """),
        tail='\n\nif __name__ == "__main__":\n    main()\n',
        expected=out(
            f"{ind.records.capitalize()} report", *(f"{n}: {v} {ind.unit}" for n, _, v in rows)
        ),
        hints=(
            "Indent the loop inside `main()`.",
            "A script run directly has `__name__ == '__main__'`; an imported one does not.",
        ),
    )


def _script_args(ind: Industry) -> Practice:
    return Practice(
        title="Command-line options with argparse",
        objective="Parse --min from an argument list and filter with it",
        instructions=(
            f"Scripts read options from the command line. Add a `--min` option (an int, default "
            f"0) to the parser, parse `argv[1:]`, and print the name of each {ind.record} whose "
            f"{ind.measure_label} is at least `--min`."
        ),
        setup=rows_code(ind)
        + code(f"""
            import argparse

            argv = ["report.py", "--min", "{ind.threshold}"]
            parser = argparse.ArgumentParser(prog="report.py")
        """),
        todo="# TODO: add_argument, parse_args(argv[1:]), print the matching names\n",
        answer=code(f"""
            parser.add_argument("--min", type=int, default=0)
            args = parser.parse_args(argv[1:])
            for {unpack(ind)} in {ind.records}:
                if {ind.measure} >= args.min:
                    print(name)
        """),
        expected=out(*(n for n, _, v in ind.rows if v >= ind.threshold)),
        hints=(
            '`type=int` converts the text "90" to the number 90.',
            "The parsed value is `args.min`.",
        ),
    )


def _modules_imports(ind: Industry) -> Practice:
    values = ind.values
    groups = [g for _, g, _ in ind.rows]
    return Practice(
        title="import, import ... as, from ... import",
        objective="Use the three import forms and module attributes",
        instructions=(
            "Import `math`, `statistics as stats` and `Counter` from `collections`. Print the "
            f"floor of the mean {ind.measure_label}, the median, the most common {ind.group}, "
            "this script's `__name__`, and the two modules' names."
        ),
        setup=rows_code(ind)
        + f"values = [row[2] for row in {ind.records}]\n"
        + f"groups = [row[1] for row in {ind.records}]\n",
        todo="# TODO: three imports, five print() calls\n",
        answer=code("""
            import math
            import statistics as stats
            from collections import Counter

            print(math.floor(stats.mean(values)))
            print(stats.median(values))
            print(Counter(groups).most_common(1))
            print(__name__)
            print(stats.__name__, math.__name__)
        """),
        expected=out(
            math.floor(statistics.mean(values)),
            statistics.median(values),
            Counter(groups).most_common(1),
            "__main__",
            "statistics math",
        ),
        hints=("`import x as y` binds the module to the name y; its `__name__` is still x.",),
    )


def _modules_objects(ind: Industry) -> Practice:
    v0 = ind.values[0]
    return Practice(
        title="Modules are objects",
        objective="Import by name with importlib; see sys.modules; build a module object",
        instructions=(
            "Import `json` with `importlib.import_module('json')` and use it; print whether "
            "'json' is in `sys.modules` (the import cache); then create a module object "
            f"`helpers` with `types.ModuleType`, give it a `threshold` of {ind.threshold} and a "
            "`flag` function, and use them."
        ),
        setup="import importlib\nimport sys\nimport types\n\n",
        todo="# TODO: importlib.import_module, sys.modules, types.ModuleType\n",
        answer=code(f"""
            json_module = importlib.import_module("json")
            print(json_module.dumps({{"ok": True}}))
            print("json" in sys.modules)
            helpers = types.ModuleType("helpers", "Report helpers.")
            helpers.threshold = {ind.threshold}
            helpers.flag = lambda value: value >= helpers.threshold
            print(helpers.__name__, helpers.__doc__, helpers.flag({v0}))
        """),
        expected=out('{"ok": true}', True, f"helpers Report helpers. {v0 >= ind.threshold}"),
        hints=("A second import of the same module returns the cached object from sys.modules.",),
    )


GUIDES = (
    TopicGuide(
        key="repl",
        keywords=("repl", "interactive", "installing python", "interpreter", "python 3 12"),
        concepts=("the >>> prompt", "repr() vs str()", "sys.version_info", "python -m"),
        terms=(
            (
                "REPL",
                "read-eval-print loop: the interactive `>>>` prompt that runs one line at a time",
            ),
            ("repr()", "the developer-facing text of a value, what the REPL echoes"),
            ("interpreter", "the `python` program that runs your code"),
        ),
        pitfalls=(
            "Several Pythons on one machine: `python3 --version` and `python -m pip` make sure "
            "you use the one you think.",
            "The REPL echoes expressions, a script does not: add print() when moving code over.",
        ),
        steps=(
            "Install Python 3.12+",
            "Open a terminal",
            "Start python",
            "Type an expression",
            "Read the echoed value",
        ),
        practice=(_repl_echo, _repl_version),
        search="python repl interactive interpreter basics",
    ),
    TopicGuide(
        key="venv",
        keywords=("venv", "virtual environment", "virtualenv", "environment"),
        concepts=("python -m venv .venv", "activate / deactivate", "pyvenv.cfg", "sys.prefix"),
        terms=(
            ("virtual environment", "a folder with its own interpreter link and site-packages"),
            ("site-packages", "where installed packages live"),
            ("activate", "the script that puts the environment's python first on PATH"),
        ),
        pitfalls=(
            "Never commit `.venv/`; commit the requirements instead.",
            "Moving or renaming a venv breaks its absolute paths: recreate it.",
        ),
        steps=(
            "python -m venv .venv",
            "Activate it",
            "pip install what you need",
            "Freeze requirements",
            "Deactivate",
        ),
        practice=(_venv_config, _venv_paths),
        search="python venv virtual environment tutorial",
    ),
    TopicGuide(
        key="pip",
        keywords=("pip", "requirement", "installing package", "requirements file", "dependency"),
        concepts=("python -m pip install", "requirements.txt", "== pins", "pip freeze"),
        terms=(
            ("package", "an installable distribution, e.g. requests"),
            ("pin", "an exact version, `name==1.2.3`, for reproducible installs"),
            ("PyPI", "the Python Package Index that pip downloads from"),
        ),
        pitfalls=(
            "Use `python -m pip` so the packages go to the interpreter you run.",
            "Unpinned requirements install whatever is newest today: builds drift.",
        ),
        steps=(
            "Activate the venv",
            "pip install package",
            "pip freeze > requirements.txt",
            "pip install -r requirements.txt elsewhere",
        ),
        practice=(_pip_pins, _pip_audit),
        search="pip install requirements.txt tutorial",
    ),
    TopicGuide(
        key="script",
        keywords=("script", "first python", "running", "hello world", "main"),
        concepts=("python file.py", "def main()", "if __name__ == '__main__'", "argparse"),
        terms=(
            ("script", "a .py file you run with `python file.py`"),
            ("__name__", "'__main__' when the file is run, the module name when imported"),
        ),
        pitfalls=(
            "Code at the top level runs on import too: keep it in main().",
            "Relative file paths are relative to where you run the script, not to the file.",
        ),
        steps=(
            "Write file.py",
            "Define main()",
            "Guard with __name__",
            "Run python file.py",
            "Read the output",
        ),
        practice=(_script_main, _script_args),
        search="python first script tutorial",
    ),
    TopicGuide(
        key="modules",
        keywords=("module", "package", "import", "import system", "importlib"),
        concepts=(
            "import x / from x import y / as",
            "sys.modules cache",
            "__name__",
            "packages and __init__.py",
        ),
        terms=(
            ("module", "a .py file (or built-in) you import"),
            ("package", "a folder of modules, imported with dotted names"),
        ),
        pitfalls=(
            "Naming your file like a standard module (random.py) shadows the real one.",
            "Circular imports fail when module-level code needs the other module's names.",
        ),
        steps=(
            "Find the module on sys.path",
            "Run it once",
            "Cache it in sys.modules",
            "Bind the name",
        ),
        practice=(_modules_imports, _modules_objects),
        search="python modules packages import",
    ),
)
