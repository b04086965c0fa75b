"""Dataclasses, descriptors, generics and protocols."""

from __future__ import annotations

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    class_name,
    code,
    indented,
    out,
    rows_code,
)
from skillsync.generation.offline.industries import Industry


def _dataclass_by_hand(ind: Industry) -> Practice:
    cls, g, m = class_name(ind), ind.group, ind.measure
    n0, g0, v0 = ind.rows[0]
    return Practice(
        title="What @dataclass writes for you",
        objective="Write __init__, __repr__ and __eq__ by hand, then let @dataclass do it",
        instructions=(
            f"Before using `@dataclass`, write what it would generate for `{cls}` with fields "
            f"`{m}`, `name` and `{g}` (default 'unknown'): an `__init__` storing them, a "
            f"`__repr__` like `{cls}({m}={v0}, name='{n0}', {g}='{g0}')`, and an `__eq__` "
            "comparing the fields as a tuple (NotImplemented for other classes)."
        ),
        setup="",
        todo=f"class {cls}:\n    pass  # TODO: __init__, __repr__, __eq__\n",
        answer=code(f"""
            class {cls}:
                def __init__(self, {m}, name, {g}="unknown"):
                    self.{m} = {m}
                    self.name = name
                    self.{g} = {g}

                def __repr__(self):
                    return f"{cls}({m}={{self.{m}!r}}, name={{self.name!r}}, {g}={{self.{g}!r}})"

                def __eq__(self, other):
                    if other.__class__ is not self.__class__:
                        return NotImplemented
                    return (self.{m}, self.name, self.{g}) == (other.{m}, other.name, other.{g})
        """),
        tail=code(f"""


            item = {cls}({v0}, "{n0}", "{g0}")
            print(item)
            print(item == {cls}({v0}, "{n0}", "{g0}"), item == {cls}({v0}, "{n0}"))
            print({cls}(1, "Zed"))
            print(item == ("{n0}", {v0}))
        """),
        expected=out(
            f"{cls}({m}={v0!r}, name={n0!r}, {g}={g0!r})",
            "True False",
            f"{cls}({m}=1, name='Zed', {g}='unknown')",
            False,
        ),
        hints=(
            "Returning NotImplemented lets Python try the other side, then fall back to False.",
        ),
    )


def _dataclass_basic(ind: Industry) -> Practice:
    cls, g, m = class_name(ind), ind.group, ind.measure
    n0, g0, v0 = ind.rows[0]
    lowest = min(ind.rows, key=lambda row: (row[2], row[0], row[1]))
    return Practice(
        title=f"A {cls} dataclass",
        objective="Get __init__, __repr__, __eq__ and ordering from @dataclass",
        instructions=(
            f"Declare `@dataclass(order=True) class {cls}` with fields `{m}: int`, "
            f"`name: str`, `{g}: str = 'unknown'`. Fields compare in order, so instances sort "
            f"by {ind.measure_label} first."
        ),
        setup="from dataclasses import dataclass\n\n" + rows_code(ind) + "\n\n",
        todo=f"class {cls}:  # TODO: make it a dataclass with three fields\n    pass\n",
        answer=code(f"""
            @dataclass(order=True)
            class {cls}:
                {m}: int
                name: str
                {g}: str = "unknown"
        """),
        tail=code(f"""


            items = [{cls}(value, name, group) for name, group, value in {ind.records}]
            print(items[0])
            print(items[0] == {cls}({v0}, "{n0}", "{g0}"))
            print(min(items).name)
            print({cls}(1, "Zed"))
        """),
        expected=out(
            f"{cls}({m}={v0!r}, name={n0!r}, {g}={g0!r})",
            True,
            lowest[0],
            f"{cls}({m}=1, name='Zed', {g}='unknown')",
        ),
        hints=("Fields with defaults must come after fields without.",),
    )


def _dataclass_frozen(ind: Industry) -> Practice:
    (n0, _, v0), (_, _, v1) = ind.rows[:2]
    return Practice(
        title="Frozen dataclasses with slots; replace(); default_factory",
        objective="Make immutable, hashable, compact records; avoid shared mutable defaults",
        instructions=(
            "Declare `Reading` as `@dataclass(frozen=True, slots=True)` with `name`, `value` "
            "and `tags: tuple = ()`. Assigning raises FrozenInstanceError, `replace` makes a "
            "changed copy, equal readings hash equal, and slots mean no `__dict__`. `Batch` "
            "needs `field(default_factory=list)`."
        ),
        setup="from dataclasses import FrozenInstanceError, dataclass, field, replace\n\n\n",
        todo="# TODO: the Reading and Batch dataclasses\n",
        answer=code("""
            @dataclass(frozen=True, slots=True)
            class Reading:
                name: str
                value: int
                tags: tuple = ()


            @dataclass
            class Batch:
                items: list = field(default_factory=list)
        """),
        tail=code(f"""


            reading = Reading("{n0}", {v0})
            try:
                reading.value = 0
            except FrozenInstanceError:
                print("frozen: cannot assign")
            print(replace(reading, value={v1}))
            same = Reading("{n0}", {v0})
            print(reading == same, hash(reading) == hash(same))
            print(hasattr(reading, "__dict__"))
            a, b = Batch(), Batch()
            a.items.append("{n0}")
            print(a, b)
        """),
        expected=out(
            "frozen: cannot assign",
            f"Reading(name={n0!r}, value={v1}, tags=())",
            "True True",
            False,
            f"Batch(items=[{n0!r}]) Batch(items=[])",
        ),
        hints=("`items: list = []` is refused: every instance would share one list.",),
    )


def _descriptor_positive(ind: Industry) -> Practice:
    cls, m = class_name(ind), ind.measure
    n0, _, v0 = ind.rows[0]
    return Practice(
        title=f"A reusable validator for the {ind.measure_label}: a descriptor",
        objective="Implement __set_name__, __get__ and __set__",
        instructions=(
            f"Complete `Positive` so `{cls}.{m} = Positive()` stores values in `_{m}` on each "
            f"instance and rejects values <= 0 with `ValueError('{m} must be positive, got "
            "<value>')`."
        ),
        setup="class Positive:\n",
        todo="    pass  # TODO: __set_name__, __get__, __set__\n",
        answer=indented("""
            def __set_name__(self, owner, name):
                self.private = "_" + name

            def __get__(self, obj, objtype=None):
                if obj is None:
                    return self
                return getattr(obj, self.private)

            def __set__(self, obj, value):
                if value <= 0:
                    raise ValueError(f"{self.private[1:]} must be positive, got {value}")
                setattr(obj, self.private, value)
        """),
        tail=code(f"""


            class {cls}:
                {m} = Positive()

                def __init__(self, name, {m}):
                    self.name = name
                    self.{m} = {m}


            item = {cls}("{n0}", {v0})
            print(item.{m})
            try:
                item.{m} = 0
            except ValueError as error:
                print(error)
            print(type({cls}.__dict__["{m}"]).__name__)
        """),
        expected=out(v0, f"{m} must be positive, got 0", "Positive"),
        hints=("`__set_name__` tells the descriptor the attribute name it was assigned to.",),
    )


def _descriptor_lookup(ind: Industry) -> Practice:
    return Practice(
        title="Attribute lookup order: data descriptors, instance dict, non-data descriptors",
        objective="Predict which wins when a name is in both the class and the instance",
        instructions=(
            f"`Plain` has only `__get__` (non-data); `Data` adds `__set__`. Put both on a "
            f"`{class_name(ind)}Card` class, write the same names into the instance "
            "`__dict__`, and print what each lookup returns."
        ),
        setup=code("""
            class Plain:
                def __get__(self, obj, objtype=None):
                    return "from descriptor"


            class Data(Plain):
                def __set__(self, obj, value):
                    raise AttributeError("read-only")


        """),
        todo="# TODO: the class with label = Plain() and code = Data(), then the lookups\n",
        answer=code(f"""
            class {class_name(ind)}Card:
                label = Plain()
                code = Data()


            card = {class_name(ind)}Card()
            card.__dict__["label"] = "from instance"
            card.__dict__["code"] = "from instance"
            print(card.label)
            print(card.code)
            print({class_name(ind)}Card.label)
        """),
        expected=out("from instance", "from descriptor", "from descriptor"),
        hints=("Data descriptors beat the instance dict; the instance dict beats non-data ones.",),
    )


def _generics_stack(ind: Industry) -> Practice:
    names, values = ind.names, ind.values
    return Practice(
        title="Generic functions and classes with PEP 695 syntax",
        objective="Declare type parameters with def f[T] and class C[T]",
        instructions=(
            "Write `first[T](items: list[T]) -> T` and `class Stack[T]` with `push`, `pop` and "
            "`__len__`. The same code serves names (str) and values (int); a type checker "
            "keeps them apart."
        ),
        setup=rows_code(ind)
        + f"names = [row[0] for row in {ind.records}]\n"
        + f"values = [row[2] for row in {ind.records}]\n\n\n",
        todo="# TODO: def first[T](...) and class Stack[T]\n",
        answer=code("""
            def first[T](items: list[T]) -> T:
                return items[0]


            class Stack[T]:
                def __init__(self) -> None:
                    self.items: list[T] = []

                def push(self, item: T) -> None:
                    self.items.append(item)

                def pop(self) -> T:
                    return self.items.pop()

                def __len__(self) -> int:
                    return len(self.items)
        """),
        tail=code("""


            stack = Stack[str]()
            for name in names:
                stack.push(name)
            print(first(names), first(values))
            print(stack.pop(), len(stack))
            print(Stack.__type_params__)
        """),
        expected=out(f"{names[0]} {values[0]}", f"{names[-1]} {len(names) - 1}", "(T,)"),
        hints=("The type parameter list goes in square brackets after the name.",),
    )


def _generics_bounds(ind: Industry) -> Practice:
    values = ind.values
    return Practice(
        title="Constrained type parameters and generic type aliases",
        objective="Use def f[N: (int, float)] and type Pair[T] = tuple[T, T]",
        instructions=(
            "Declare `type Pair[T] = tuple[T, T]`, `largest[N: (int, float)](values: list[N]) "
            "-> N` and `spread(values: list[int]) -> Pair[int]` returning (min, max). Print "
            "their results, the alias's value and the constraint names."
        ),
        setup=rows_code(ind) + f"values = [row[2] for row in {ind.records}]\n\n",
        todo="# TODO: the type alias and two functions\n",
        answer=code("""
            type Pair[T] = tuple[T, T]


            def largest[N: (int, float)](values: list[N]) -> N:
                return max(values)


            def spread(values: list[int]) -> Pair[int]:
                return (min(values), max(values))
        """),
        tail=code("""


            print(largest(values), largest([0.5, 1.5]))
            print(spread(values))
            print(Pair.__value__)
            print([c.__name__ for c in largest.__type_params__[0].__constraints__])
        """),
        expected=out(
            f"{max(values)} 1.5", (min(values), max(values)), "tuple[T, T]", ["int", "float"]
        ),
        hints=(
            "A constraint tuple means 'exactly one of these types'; a bound means 'a subtype'.",
        ),
    )


def _protocol_measured(ind: Industry) -> Practice:
    cls = class_name(ind)
    n0, _, v0 = ind.rows[0]
    values = ind.values
    return Practice(
        title="Structural typing with typing.Protocol",
        objective="Accept any object with the right method, no inheritance needed",
        instructions=(
            f"Declare `Measured`, a Protocol with `measure(self) -> int`. `{cls}` and `Batch` "
            "do not inherit from it, yet a type checker accepts both where a Measured is "
            "expected. Write `total_of(items)` summing `measure()`."
        ),
        setup="from typing import Protocol\n\n\n",
        todo="# TODO: class Measured(Protocol) and def total_of(items)\n",
        answer=code("""
            class Measured(Protocol):
                def measure(self) -> int: ...


            def total_of(items: list[Measured]) -> int:
                return sum(item.measure() for item in items)
        """),
        tail=code(f"""


            class {cls}:
                def __init__(self, name: str, value: int) -> None:
                    self.name = name
                    self.value = value

                def measure(self) -> int:
                    return self.value


            class Batch:
                def __init__(self, values: list[int]) -> None:
                    self.values = values

                def measure(self) -> int:
                    return sum(self.values)


            items = [{cls}("{n0}", {v0}), Batch({values[1:3]!r})]
            print(total_of(items))
            print([type(item).__name__ for item in items])
            print(Measured in type(items[0]).__mro__)
        """),
        expected=out(v0 + sum(values[1:3]), [cls, "Batch"], False),
        hints=(
            "Neither class mentions Measured: matching is by structure, checked by mypy.",
            "Add @typing.runtime_checkable to allow isinstance(x, Measured) at run time.",
        ),
    )


def _protocol_abcs(ind: Industry) -> Practice:
    names = ind.names
    return Practice(
        title="Duck typing with collections.abc",
        objective="See isinstance succeed for classes that only implement the methods",
        instructions=(
            "`Roster` defines `__len__` and `__iter__` but inherits from nothing. Print "
            "whether it counts as `Sized` and `Iterable`, whether it is a `Sequence` (which "
            "needs registration or inheritance), and its length and names."
        ),
        setup="from collections.abc import Iterable, Sequence, Sized\n\n" + rows_code(ind),
        todo="# TODO: class Roster with __len__ and __iter__, then three print() calls\n",
        answer=code(f"""
            class Roster:
                def __init__(self, rows):
                    self.names = [row[0] for row in rows]

                def __len__(self):
                    return len(self.names)

                def __iter__(self):
                    return iter(self.names)


            roster = Roster({ind.records})
            print(isinstance(roster, Sized), isinstance(roster, Iterable))
            print(isinstance(roster, Sequence))
            print(len(roster), list(roster))
        """),
        expected=out("True True", False, f"{len(names)} {names}"),
        hints=("Sized and Iterable check for methods; Sequence does not.",),
    )


GUIDES = (
    TopicGuide(
        key="dataclasses",
        keywords=("dataclass", "frozen", "slots"),
        concepts=(
            "@dataclass",
            "field(default_factory=...)",
            "frozen=True",
            "slots=True",
            "replace()",
        ),
        terms=(
            ("dataclass", "a class whose __init__, __repr__ and __eq__ are generated from fields"),
        ),
        pitfalls=(
            "Mutable defaults need field(default_factory=list).",
            "frozen only stops attribute assignment; a list field can still be mutated.",
        ),
        steps=(
            "Declare fields with types",
            "@dataclass generates methods",
            "Create instances",
            "Compare, copy with replace()",
        ),
        practice=(_dataclass_by_hand, _dataclass_basic, _dataclass_frozen),
        search="python dataclasses frozen slots",
    ),
    TopicGuide(
        key="descriptors",
        keywords=("descriptor", "attribute lookup", "set name", "get"),
        concepts=(
            "__get__ / __set__ / __set_name__",
            "data vs non-data descriptors",
            "properties are descriptors",
            "lookup order",
        ),
        terms=(("descriptor", "an object on a class that controls access to an attribute"),),
        pitfalls=("Storing the value on the descriptor shares it between all instances.",),
        steps=(
            "Look for a data descriptor on the type",
            "Then the instance __dict__",
            "Then a non-data descriptor or class attribute",
            "Else __getattr__ or AttributeError",
        ),
        practice=(_descriptor_positive, _descriptor_lookup),
        search="python descriptors explained",
    ),
    TopicGuide(
        key="generics",
        keywords=("generic", "pep 695", "type parameter", "typevar"),
        concepts=("def f[T](...)", "class C[T]", "bounds and constraints", "type Alias[T] = ..."),
        terms=(("type parameter", "a placeholder for a type, filled in at each use"),),
        pitfalls=(
            "Type parameters are not checked at run time; only a type checker enforces them.",
        ),
        steps=(
            "Declare the parameter",
            "Use it in the signature",
            "Callers supply concrete types",
            "The checker verifies",
        ),
        practice=(_generics_stack, _generics_bounds),
        search="python 3.12 generics type parameter syntax",
    ),
    TopicGuide(
        key="protocols",
        keywords=("protocol", "structural subtyping", "duck typing", "abc", "abstract"),
        concepts=("typing.Protocol", "@runtime_checkable", "collections.abc", "duck typing"),
        terms=(
            (
                "structural subtyping",
                "a type matches by having the right methods, not by inheriting",
            ),
        ),
        pitfalls=(
            "runtime_checkable isinstance checks only that the names exist, not signatures.",
        ),
        steps=(
            "Describe the methods needed",
            "Write classes that have them",
            "Type-check callers",
            "Optionally check at run time",
        ),
        practice=(_protocol_measured, _protocol_abcs),
        search="python typing protocol structural subtyping",
    ),
)
