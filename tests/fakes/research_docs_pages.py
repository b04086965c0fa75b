"""The hand-written documentation pages of the fake docs sites: a few real topics (Python list
comprehensions, Django models, React hooks, JavaScript ``Array.prototype.map()``, PostgreSQL
indexes), written like their documentation, as structured sections that
research_shapes_docs.py renders into full HTML pages.
"""

from __future__ import annotations

from dataclasses import dataclass

# ("p", text) | ("code", language, text) | ("ul", item, ...) | ("note", text)
# | ("link", href, text, summary)
Block = tuple[str, ...]


@dataclass(frozen=True)
class Section:
    anchor: str
    heading: str
    blocks: tuple[Block, ...]
    level: int = 2


@dataclass(frozen=True)
class Page:
    title: str
    sections: tuple[Section, ...]
    summary: str


@dataclass(frozen=True)
class Site:
    name: str
    title: str
    copyright: str
    nav: tuple[tuple[str, str], ...]  # (label, path inside the site)
    pages: dict[str, Page]


PYTHON_DATASTRUCTURES = Page(
    title="5. Data Structures",
    summary="Lists, list comprehensions, nested list comprehensions and the del statement.",
    sections=(
        Section(
            "more-on-lists",
            "5.1. More on Lists",
            (
                (
                    "p",
                    "The list data type has some more methods. append(x) adds an item to the end "
                    "of the list, extend(iterable) appends all the items from the iterable, and "
                    "insert(i, x) inserts an item at a given position.",
                ),
                (
                    "code",
                    "python",
                    ">>> fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple']\n"
                    ">>> fruits.count('apple')\n2\n>>> fruits.index('banana')\n3\n"
                    ">>> fruits.append('grape')\n>>> fruits.sort()\n>>> fruits.pop()\n'pear'\n",
                ),
            ),
        ),
        Section(
            "list-comprehensions",
            "5.1.3. List Comprehensions",
            (
                (
                    "p",
                    "List comprehensions provide a concise way to create lists. Common "
                    "applications are to make new lists where each element is the result of some "
                    "operations applied to each member of another sequence or iterable, or to "
                    "create a subsequence of those elements that satisfy a certain condition.",
                ),
                ("p", "For example, assume we want to create a list of squares, like:"),
                (
                    "code",
                    "python",
                    ">>> squares = []\n>>> for x in range(10):\n...     squares.append(x**2)\n"
                    "...\n>>> squares\n[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n",
                ),
                (
                    "p",
                    "Note that this creates (or overwrites) a variable named x that still exists "
                    "after the loop completes. We can calculate the list of squares without any "
                    "side effects using a list comprehension: squares = [x**2 for x in range(10)].",
                ),
                (
                    "p",
                    "A list comprehension consists of brackets containing an expression followed "
                    "by a for clause, then zero or more for or if clauses. The result is a new "
                    "list resulting from evaluating the expression in the context of the for and "
                    "if clauses which follow it.",
                ),
                (
                    "code",
                    "python",
                    ">>> [(x, y) for x in [1,2,3] for y in [3,1,4] if x != y]\n"
                    "[(1, 3), (1, 4), (2, 3), (2, 1), (2, 4), (3, 1), (3, 4)]\n",
                ),
                (
                    "note",
                    "If the expression is a tuple, it must be parenthesized, otherwise the list "
                    "comprehension is a syntax error.",
                ),
            ),
            level=3,
        ),
        Section(
            "nested-list-comprehensions",
            "5.1.4. Nested List Comprehensions",
            (
                (
                    "p",
                    "The initial expression in a list comprehension can be any arbitrary "
                    "expression, including another list comprehension. Consider a 3x4 matrix "
                    "implemented as a list of 3 lists of length 4; the following list "
                    "comprehension will transpose rows and columns:",
                ),
                (
                    "code",
                    "python",
                    ">>> matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]\n"
                    ">>> [[row[i] for row in matrix] for i in range(4)]\n"
                    "[[1, 5, 9], [2, 6, 10], [3, 7, 11], [4, 8, 12]]\n",
                ),
                (
                    "p",
                    "In the real world, you should prefer built-in functions to complex flow "
                    "statements. The zip() function would do a great job for this use case: "
                    "list(zip(*matrix)).",
                ),
            ),
            level=3,
        ),
        Section(
            "the-del-statement",
            "5.2. The del statement",
            (
                (
                    "p",
                    "There is a way to remove an item from a list given its index instead of its "
                    "value: the del statement. This differs from the pop() method which returns a "
                    "value. The del statement can also be used to remove slices from a list or "
                    "clear the entire list.",
                ),
                (
                    "code",
                    "python",
                    ">>> a = [-1, 1, 66.25, 333, 333, 1234.5]\n>>> del a[0]\n"
                    ">>> a\n[1, 66.25, 333, 333, 1234.5]\n",
                ),
            ),
        ),
    ),
)

PYTHON_FUNCTIONAL = Page(
    title="Functional Programming HOWTO",
    summary="Iterators, generator expressions and list comprehensions, generators.",
    sections=(
        Section(
            "iterators",
            "Iterators",
            (
                (
                    "p",
                    "An iterator is an object representing a stream of data; this object returns "
                    "the data one element at a time. A Python iterator must support a method "
                    "called __next__() that takes no arguments and always returns the next "
                    "element of the stream.",
                ),
                ("code", "python", ">>> L = [1, 2, 3]\n>>> it = iter(L)\n>>> next(it)\n1\n"),
            ),
        ),
        Section(
            "generator-expressions-and-list-comprehensions",
            "Generator expressions and list comprehensions",
            (
                (
                    "p",
                    "Two common operations on an iterator's output are performing some operation "
                    "for every element and selecting a subset of elements that meet some "
                    "condition. List comprehensions and generator expressions are a concise "
                    "notation for such operations, borrowed from the functional programming "
                    "language Haskell.",
                ),
                (
                    "code",
                    "python",
                    "line_list = ['  line 1\\n', 'line 2  \\n', ' \\n', '']\n\n"
                    "# Generator expression -- returns iterator\n"
                    "stripped_iter = (line.strip() for line in line_list)\n\n"
                    "# List comprehension -- returns list\n"
                    "stripped_list = [line.strip() for line in line_list]\n",
                ),
                (
                    "p",
                    "With a list comprehension, you get back a Python list; a generator "
                    "expression returns an iterator that computes the values as necessary, not "
                    "needing to materialize all the values at once.",
                ),
            ),
        ),
        Section(
            "generators",
            "Generators",
            (
                (
                    "p",
                    "Generators are a special class of functions that simplify the task of "
                    "writing iterators. Any function containing a yield keyword is a generator "
                    "function.",
                ),
                (
                    "code",
                    "python",
                    "def generate_ints(N):\n    for i in range(N):\n        yield i\n",
                ),
            ),
        ),
    ),
)

DJANGO_MODELS = Page(
    title="Models",
    summary="Defining models, fields, relationships and Meta options in Django.",
    sections=(
        Section(
            "models",
            "Quick example",
            (
                (
                    "p",
                    "A model is the single, definitive source of information about your data. It "
                    "contains the essential fields and behaviors of the data you're storing. "
                    "Generally, each model maps to a single database table.",
                ),
                (
                    "code",
                    "python",
                    "from django.db import models\n\n\nclass Person(models.Model):\n"
                    "    first_name = models.CharField(max_length=30)\n"
                    "    last_name = models.CharField(max_length=30)\n",
                ),
                (
                    "p",
                    "first_name and last_name are fields of the model. Each field is specified as "
                    "a class attribute, and each attribute maps to a database column.",
                ),
            ),
        ),
        Section(
            "fields",
            "Fields",
            (
                (
                    "p",
                    "The most important part of a model, and the only required part of a model, "
                    "is the list of database fields it defines. Fields are specified by class "
                    "attributes. Be careful not to choose field names that conflict with the "
                    "models API like clean, save, or delete.",
                ),
                (
                    "ul",
                    "null: if True, Django will store empty values as NULL in the database.",
                    "blank: if True, the field is allowed to be blank.",
                    "choices: a sequence of 2-value tuples or a mapping to use as choices.",
                    "default: the default value for the field.",
                ),
            ),
        ),
        Section(
            "relationships",
            "Relationships",
            (
                (
                    "p",
                    "Django offers ways to define the three most common types of database "
                    "relationships: many-to-one, many-to-many and one-to-one. To define a "
                    "many-to-one relationship, use django.db.models.ForeignKey.",
                ),
                (
                    "code",
                    "python",
                    "class Car(models.Model):\n"
                    "    manufacturer = models.ForeignKey(\n"
                    "        Manufacturer, on_delete=models.CASCADE\n    )\n",
                ),
            ),
        ),
        Section(
            "meta-options",
            "Meta options",
            (
                (
                    "p",
                    "Give your model metadata by using an inner class Meta. Model metadata is "
                    "anything that's not a field, such as ordering options (ordering), database "
                    "table name (db_table), or human-readable names (verbose_name).",
                ),
            ),
        ),
    ),
)

REACT_HOOKS = Page(
    title="Built-in React Hooks",
    summary="State, context, ref and effect Hooks in React.",
    sections=(
        Section(
            "state-hooks",
            "State Hooks",
            (
                (
                    "p",
                    "State lets a component remember information like user input. To add state "
                    "to a component, use one of these Hooks: useState declares a state variable "
                    "that you can update directly; useReducer declares a state variable with the "
                    "update logic inside a reducer function.",
                ),
                (
                    "code",
                    "jsx",
                    "function ImageGallery() {\n"
                    "  const [index, setIndex] = useState(0);\n"
                    "  // ...\n}\n",
                ),
            ),
        ),
        Section(
            "context-hooks",
            "Context Hooks",
            (
                (
                    "p",
                    "Context lets a component receive information from distant parents without "
                    "passing it as props. useContext reads and subscribes to a context.",
                ),
            ),
        ),
        Section(
            "ref-hooks",
            "Ref Hooks",
            (
                (
                    "p",
                    "Refs let a component hold some information that isn't used for rendering, "
                    "like a DOM node or a timeout ID. Unlike with state, updating a ref does not "
                    "re-render your component.",
                ),
            ),
        ),
        Section(
            "effect-hooks",
            "Effect Hooks",
            (
                (
                    "p",
                    "Effects let a component connect to and synchronize with external systems. "
                    "useEffect connects a component to an external system. Effects are an escape "
                    "hatch from the React paradigm: don't use Effects to orchestrate the data "
                    "flow of your application.",
                ),
                (
                    "code",
                    "jsx",
                    "function ChatRoom({ roomId }) {\n  useEffect(() => {\n"
                    "    const connection = createConnection(roomId);\n"
                    "    connection.connect();\n"
                    "    return () => connection.disconnect();\n  }, [roomId]);\n  // ...\n}\n",
                ),
            ),
        ),
    ),
)

MDN_ARRAY_MAP = Page(
    title="Array.prototype.map()",
    summary="The map() method of Array instances creates a new array from a callback.",
    sections=(
        Section(
            "try_it",
            "Try it",
            (
                (
                    "p",
                    "The map() method of Array instances creates a new array populated with the "
                    "results of calling a provided function on every element in the calling "
                    "array.",
                ),
                (
                    "code",
                    "javascript",
                    "const array1 = [1, 4, 9, 16];\n\n"
                    "// Pass a function to map\nconst map1 = array1.map((x) => x * 2);\n\n"
                    "console.log(map1);\n// Expected output: Array [2, 8, 18, 32]\n",
                ),
            ),
        ),
        Section(
            "syntax",
            "Syntax",
            (
                ("code", "javascript", "map(callbackFn)\nmap(callbackFn, thisArg)\n"),
                (
                    "p",
                    "callbackFn is a function to execute for each element in the array. Its "
                    "return value is added as a single element in the new array.",
                ),
            ),
        ),
        Section(
            "description",
            "Description",
            (
                (
                    "p",
                    "The map() method is an iterative method. It calls a provided callbackFn "
                    "function once for each element in an array and constructs a new array from "
                    "the results. callbackFn is invoked only for array indexes which have "
                    "assigned values. It is not invoked for empty slots in sparse arrays.",
                ),
            ),
        ),
    ),
)

POSTGRES_INDEXES = Page(
    title="11.1. Introduction",
    summary="What indexes are and when PostgreSQL uses them.",
    sections=(
        Section(
            "indexes-intro",
            "11.1. Introduction",
            (
                (
                    "p",
                    "Suppose we have a table similar to this one and the application issues many "
                    "queries of the form SELECT content FROM test1 WHERE id = constant. With no "
                    "advance preparation, the system would have to scan the entire test1 table, "
                    "row by row, to find all matching entries.",
                ),
                (
                    "code",
                    "sql",
                    "CREATE TABLE test1 (\n    id integer,\n    content varchar\n);\n\n"
                    "CREATE INDEX test1_id_index ON test1 (id);\n",
                ),
                (
                    "p",
                    "Once an index is created, no further intervention is required: the system "
                    "will update the index when the table is modified, and it will use the index "
                    "in queries when it thinks doing so would be more efficient than a "
                    "sequential table scan.",
                ),
                (
                    "note",
                    "Indexes can also benefit UPDATE and DELETE commands with search conditions, "
                    "but they add overhead to the database system as a whole.",
                ),
            ),
        ),
    ),
)

SITES: dict[str, Site] = {
    "python": Site(
        "python",
        "Python 3.14 documentation",
        "© Copyright 2001-2026, Python Software Foundation.",
        (("Tutorial", "3/tutorial/"), ("Library Reference", "3/library/"), ("HOWTOs", "3/howto/")),
        {
            "3/tutorial/datastructures.html": PYTHON_DATASTRUCTURES,
            "3/howto/functional.html": PYTHON_FUNCTIONAL,
        },
    ),
    "django": Site(
        "django",
        "Django documentation",
        "© Django Software Foundation and individual contributors.",
        (("Getting started", "en/6.1/intro/"), ("Topic guides", "en/6.1/topics/")),
        {"en/6.1/topics/db/models/": DJANGO_MODELS},
    ),
    "react": Site(
        "react",
        "React",
        "Copyright © Meta Platforms, Inc",
        (("Learn", "learn"), ("Reference", "reference/react")),
        {"reference/react/hooks": REACT_HOOKS},
    ),
    "mdn": Site(
        "mdn",
        "MDN Web Docs",
        "© 2005-2026 MDN contributors. Content is available under CC-BY-SA 2.5.",
        (("References", "en-US/docs/Web"), ("Guides", "en-US/docs/Learn")),
        {"en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/map": MDN_ARRAY_MAP},
    ),
    "postgresql": Site(
        "postgresql",
        "PostgreSQL 18 Documentation",
        "Copyright © 1996-2026 The PostgreSQL Global Development Group",
        (("Manuals", "docs/"), ("SQL Commands", "docs/current/sql-commands.html")),
        {"docs/current/indexes-intro.html": POSTGRES_INDEXES},
    ),
}
