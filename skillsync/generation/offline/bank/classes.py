"""Classes: instances and attributes, kinds of methods, inheritance, special methods,
properties."""

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


def _property_validation(ind: Industry) -> Practice:
    cls, label = class_name(ind), ind.measure_label
    (n0, _, v0), (_, _, v1) = ind.rows[:2]
    return Practice(
        title=f"Validate the {label} with @property",
        objective="Route attribute assignment through a setter that checks the value",
        instructions=(
            f"Make `{ind.measure}` a property of `{cls}` stored in `_{ind.measure}`; its setter "
            f"raises `ValueError('{label} cannot be negative: <value>')`. `__init__` assigns "
            "through the property, so construction is checked too."
        ),
        setup=code(f"""
            class {cls}:
                def __init__(self, name, {ind.measure}):
                    self.name = name
                    self.{ind.measure} = {ind.measure}
        """),
        todo="    # TODO: @property and @<name>.setter\n",
        answer="\n"
        + indented(f"""
            @property
            def {ind.measure}(self):
                return self._{ind.measure}

            @{ind.measure}.setter
            def {ind.measure}(self, value):
                if value < 0:
                    raise ValueError(f"{label} cannot be negative: {{value}}")
                self._{ind.measure} = value
        """),
        tail=code(f"""


            item = {cls}("{n0}", {v0})
            item.{ind.measure} = {v1}
            print(item.{ind.measure})
            for bad in (-5, -1):
                try:
                    item.{ind.measure} = bad
                except ValueError as error:
                    print(error)
        """),
        expected=out(v1, f"{label} cannot be negative: -5", f"{label} cannot be negative: -1"),
        hints=("Store the real value under another name (`_value`) or the setter calls itself.",),
    )


def _property_computed(ind: Industry) -> Practice:
    names = ind.names
    return Practice(
        title="Computed, read-only properties",
        objective="Expose derived values as attributes without setters",
        instructions=(
            "Give `Group` two read-only properties: `grand` (the sum of the values) and "
            "`names` (the list of names). Assigning to `grand` raises AttributeError."
        ),
        setup=rows_code(ind)
        + code("""


            class Group:
                def __init__(self, rows):
                    self.rows = rows
        """),
        todo="    # TODO: two @property methods\n",
        answer="\n"
        + indented("""
            @property
            def grand(self):
                return sum(row[2] for row in self.rows)

            @property
            def names(self):
                return [row[0] for row in self.rows]
        """),
        tail=code(f"""


            group = Group({ind.records})
            print(group.grand, group.names[:2])
            try:
                group.grand = 0
            except AttributeError:
                print("grand is read-only")
        """),
        expected=out(f"{sum(ind.values)} {names[:2]}", "grand is read-only"),
        hints=("A property without a setter cannot be assigned.",),
    )


def _dunder_arithmetic(ind: Industry) -> Practice:
    (_, _, v0), (_, _, v1) = ind.rows[:2]
    unit = ind.unit
    small, large = sorted([v0, v1])
    return Practice(
        title="A Measure type with +, ==, < and a readable repr",
        objective="Implement __add__, __eq__, __lt__ and __repr__; return NotImplemented",
        instructions=(
            "Complete `Measure` so two measures in the same unit add up, compare equal by "
            "value and unit, sort by value, and print as `Measure(value, 'unit')`. Adding "
            "different units returns `NotImplemented`, which makes Python raise TypeError."
        ),
        setup=code("""
            class Measure:
                def __init__(self, value, unit):
                    self.value = value
                    self.unit = unit
        """),
        todo="    # TODO: __repr__, __add__, __eq__, __lt__\n",
        answer="\n"
        + indented("""
            def __repr__(self):
                return f"Measure({self.value}, {self.unit!r})"

            def __add__(self, other):
                if self.unit != other.unit:
                    return NotImplemented
                return Measure(self.value + other.value, self.unit)

            def __eq__(self, other):
                return (self.value, self.unit) == (other.value, other.unit)

            def __lt__(self, other):
                return self.value < other.value
        """),
        tail=code(f"""


            a = Measure({v0}, "{unit}")
            b = Measure({v1}, "{unit}")
            print(a + b)
            print(a == Measure({v0}, "{unit}"))
            print(sorted([b, a]))
            print(max(a, b))
            try:
                a + Measure(1, "other")
            except TypeError:
                print("cannot add different units")
        """),
        expected=out(
            f"Measure({v0 + v1}, {unit!r})",
            True,
            f"[Measure({small}, {unit!r}), Measure({large}, {unit!r})]",
            f"Measure({large}, {unit!r})",
            "cannot add different units",
        ),
        hints=("Containers print their items with repr().", "max() and sorted() only need <."),
    )


def _dunder_container(ind: Industry) -> Practice:
    names = ind.names
    return Practice(
        title="A roster that behaves like a collection",
        objective="Implement __len__, __getitem__ and __contains__",
        instructions=(
            "Make `Roster` support `len()`, indexing (the name of the row at an index) and "
            "`in` (by name). Iteration then works through `__getitem__` until IndexError."
        ),
        setup=rows_code(ind)
        + code("""


            class Roster:
                def __init__(self, rows):
                    self.rows = list(rows)
        """),
        todo="    # TODO: __len__, __getitem__, __contains__\n",
        answer="\n"
        + indented("""
            def __len__(self):
                return len(self.rows)

            def __getitem__(self, index):
                return self.rows[index][0]

            def __contains__(self, name):
                return any(row[0] == name for row in self.rows)
        """),
        tail=code(f"""


            roster = Roster({ind.records})
            print(len(roster), roster[0], roster[-1])
            print("{names[2]}" in roster, "Zed" in roster)
            print(list(roster))
        """),
        expected=out(f"{len(names)} {names[0]} {names[-1]}", "True False", names),
        hints=(
            "Python falls back to __getitem__(0), (1), ... to iterate when __iter__ is missing.",
        ),
    )


def _inheritance_super(ind: Industry) -> Practice:
    cls = class_name(ind)
    (n0, _, v0), (n1, _, v1) = ind.rows[:2]
    return Practice(
        title=f"A priority {ind.record}: override and extend with super()",
        objective="Subclass, call the parent's __init__ and method with super()",
        instructions=(
            f"Write `Priority{cls}({cls})`: its `__init__` takes a `reason` as well and calls "
            "`super().__init__`; its `describe()` adds ` [priority: <reason>]` to the parent's."
        ),
        setup=code(f"""
            class {cls}:
                def __init__(self, name, value):
                    self.name = name
                    self.value = value

                def describe(self):
                    return f"{{self.name}}: {{self.value}} {ind.unit}"


        """),
        todo=f"class Priority{cls}({cls}):\n    pass  # TODO\n",
        answer=code(f"""
            class Priority{cls}({cls}):
                def __init__(self, name, value, reason):
                    super().__init__(name, value)
                    self.reason = reason

                def describe(self):
                    return super().describe() + f" [priority: {{self.reason}}]"
        """),
        tail=code(f"""


            items = [{cls}("{n0}", {v0}), Priority{cls}("{n1}", {v1}, "flagged")]
            for item in items:
                print(item.describe())
            print(isinstance(items[1], {cls}), issubclass({cls}, Priority{cls}))
        """),
        expected=out(
            f"{n0}: {v0} {ind.unit}", f"{n1}: {v1} {ind.unit} [priority: flagged]", "True False"
        ),
        hints=("`super().describe()` runs the parent's version; add to its result.",),
    )


def _inheritance_mro(ind: Industry) -> Practice:
    report = f"{class_name(ind)}Report"
    return Practice(
        title="Multiple inheritance and the MRO",
        objective="Follow cooperative super() calls through the method resolution order",
        instructions=(
            f"`{report}` inherits from `Audited` and `Exported`, both from `Base`. Make every "
            "`tags()` return its own tag followed by `super().tags()`: each class appears once, "
            "in MRO order."
        ),
        setup=code("""
            class Base:
                def tags(self):
                    return ["base"]


        """),
        todo=f"# TODO: Audited(Base), Exported(Base), {report}(Audited, Exported)\n",
        answer=code(f"""
            class Audited(Base):
                def tags(self):
                    return ["audited"] + super().tags()


            class Exported(Base):
                def tags(self):
                    return ["exported"] + super().tags()


            class {report}(Audited, Exported):
                def tags(self):
                    return ["report"] + super().tags()
        """),
        tail=f"\n\nprint({report}().tags())\nprint([c.__name__ for c in {report}.__mro__])\n",
        expected=out(
            ["report", "audited", "exported", "base"],
            [report, "Audited", "Exported", "Base", "object"],
        ),
        hints=("super() means 'the next class in the MRO', not 'my parent'.",),
    )


def _methods_kinds(ind: Industry) -> Practice:
    cls = class_name(ind)
    n0, g0, v0 = ind.rows[0]
    return Practice(
        title="An alternative constructor and a helper: classmethod and staticmethod",
        objective="Use @classmethod to build instances and @staticmethod for plain helpers",
        instructions=(
            f"Add `{cls}.from_text('name;{ind.group};value')`, a classmethod returning a new "
            f"instance (value as int), and `{cls}.valid(value)`, a staticmethod saying whether "
            "a value is not negative."
        ),
        setup=code(f"""
            class {cls}:
                def __init__(self, name, group, value):
                    self.name = name
                    self.group = group
                    self.value = value
        """),
        todo="    # TODO: from_text (classmethod) and valid (staticmethod)\n",
        answer="\n"
        + indented("""
            @classmethod
            def from_text(cls, text):
                name, group, value = text.split(";")
                return cls(name, group, int(value))

            @staticmethod
            def valid(value):
                return value >= 0
        """),
        tail=code(f"""


            item = {cls}.from_text("{n0};{g0};{v0}")
            print(type(item).__name__, item.name, item.value + 1)
            print({cls}.valid(-1), {cls}.valid({v0}))
        """),
        expected=out(f"{cls} {n0} {v0 + 1}", "False True"),
        hints=(
            "A classmethod receives the class as `cls`, so `cls(...)` works in subclasses too.",
        ),
    )


def _methods_registry(ind: Industry) -> Practice:
    cls = class_name(ind)
    n0, n1, n2 = ind.names[:3]
    return Practice(
        title="classmethods follow subclasses",
        objective="See that cls is the class the method was called on",
        instructions=(
            f"Write the classmethod `create(cls, name)` that builds `cls(name)` and records "
            f"`registry[name] = cls.__name__`. Calling it on the subclass `Urgent{cls}` must "
            "build and record an Urgent one."
        ),
        setup=code(f"""
            class {cls}:
                registry = {{}}

                def __init__(self, name):
                    self.name = name
        """),
        todo="    # TODO: @classmethod def create(cls, name)\n",
        answer="\n"
        + indented(f"""
            @classmethod
            def create(cls, name):
                item = cls(name)
                {cls}.registry[name] = cls.__name__
                return item
        """),
        tail=code(f"""


            class Urgent{cls}({cls}):
                pass


            {cls}.create("{n0}")
            Urgent{cls}.create("{n1}")
            print({cls}.registry)
            print(type(Urgent{cls}.create("{n2}")).__name__)
        """),
        expected=out({n0: cls, n1: f"Urgent{cls}"}, f"Urgent{cls}"),
        hints=("Inside `create`, `cls` is whichever class you called it on.",),
    )


def _class_basic(ind: Industry) -> Practice:
    cls, g, m, t = class_name(ind), ind.group, ind.measure, ind.threshold
    lines = [f"{n} ({gg}): {v} {ind.unit} {v >= t}" for n, gg, v in ind.rows]
    return Practice(
        title=f"A {cls} class",
        objective="Write __init__ to set attributes and methods that use self",
        instructions=(
            f"Write class `{cls}`: `__init__(self, name, {g}, {m})` stores the three "
            f"attributes; `describe()` returns `'name ({g}): value {ind.unit}'`; "
            f"`is_high(limit)` says whether the {ind.measure_label} is at least `limit`."
        ),
        setup=rows_code(ind) + "\n\n",
        todo=f"class {cls}:\n    pass  # TODO: __init__, describe, is_high\n",
        answer=code(f"""
            class {cls}:
                def __init__(self, name, {g}, {m}):
                    self.name = name
                    self.{g} = {g}
                    self.{m} = {m}

                def describe(self):
                    return f"{{self.name}} ({{self.{g}}}): {{self.{m}}} {ind.unit}"

                def is_high(self, limit):
                    return self.{m} >= limit
        """),
        tail=code(f"""


            items = [{cls}(*row) for row in {ind.records}]
            for item in items:
                print(item.describe(), item.is_high({t}))
        """),
        expected=out(*lines),
        hints=("`self` is the instance; `self.name = name` stores an attribute on it.",),
    )


def _class_attributes(ind: Industry) -> Practice:
    cls = class_name(ind)
    (n0, _, v0), (n1, _, v1) = ind.rows[:2]
    return Practice(
        title="Class attributes, instance attributes and __repr__",
        objective="Share data on the class; shadow it on an instance; count instances",
        instructions=(
            f"Give `{cls}` a class attribute `created = 0` (incremented in `__init__` through "
            f"the class) and `unit = '{ind.unit}'`, and a `__repr__` like `{cls}('{n0}', {v0})`. "
            "Setting `b.unit` creates an instance attribute that shadows the class's."
        ),
        setup="",
        todo=f"class {cls}:\n    pass  # TODO\n",
        answer=code(f"""
            class {cls}:
                created = 0
                unit = "{ind.unit}"

                def __init__(self, name, value):
                    self.name = name
                    self.value = value
                    {cls}.created += 1

                def __repr__(self):
                    return f"{cls}({{self.name!r}}, {{self.value!r}})"
        """),
        tail=code(f"""


            a = {cls}("{n0}", {v0})
            b = {cls}("{n1}", {v1})
            b.unit = "other"
            print(a, b)
            print({cls}.created, a.unit, b.unit, {cls}.unit)
            print(vars(b))
        """),
        expected=out(
            f"{cls}({n0!r}, {v0!r}) {cls}({n1!r}, {v1!r})",
            f"2 {ind.unit} other {ind.unit}",
            {"name": n1, "value": v1, "unit": "other"},
        ),
        hints=("Write `ClassName.created += 1`: `self.created += 1` would shadow it.",),
    )


GUIDES = (
    TopicGuide(
        key="property",
        keywords=("property", "managed attribute", "getter", "setter"),
        concepts=("@property", "@x.setter", "validation on assignment", "read-only attributes"),
        terms=(("property", "a method that is read like an attribute"),),
        pitfalls=("Setting self.x inside the x setter recurses: store it as self._x.",),
        steps=(
            "Code reads or assigns obj.x",
            "Python finds the property",
            "Getter or setter runs",
            "The value is returned or stored",
        ),
        practice=(_property_validation, _property_computed),
        search="python property decorator getter setter",
    ),
    TopicGuide(
        key="dunder",
        keywords=("dunder", "magic method", "operator overloading", "special method", "repr"),
        concepts=(
            "__repr__ and __str__",
            "__eq__ / __lt__",
            "__add__ and NotImplemented",
            "__len__ / __getitem__ / __contains__",
        ),
        terms=(("dunder method", "a method named __like_this__ that Python calls for you"),),
        pitfalls=(
            "Defining __eq__ removes __hash__ unless you define it too.",
            "Return NotImplemented (not raise) for unsupported operands.",
        ),
        steps=(
            "Python meets an operator",
            "It calls the special method",
            "Falls back to the reflected one on NotImplemented",
            "Raises TypeError if none works",
        ),
        practice=(_dunder_arithmetic, _dunder_container),
        search="python dunder magic methods operator overloading",
    ),
    TopicGuide(
        key="inheritance",
        keywords=("inheritance", "super", "subclass", "inherit", "mro"),
        concepts=("class Child(Parent)", "overriding", "super()", "the MRO"),
        terms=(("subclass", "a class that inherits attributes and methods from another"),),
        pitfalls=("Forgetting super().__init__ leaves parent attributes unset.",),
        steps=(
            "Look up the method on the instance's class",
            "Follow the MRO",
            "Call the first found",
            "super() continues along the MRO",
        ),
        practice=(_inheritance_super, _inheritance_mro),
        search="python inheritance super explained",
    ),
    TopicGuide(
        key="methods",
        keywords=("classmethod", "staticmethod", "class method", "static method", "static"),
        concepts=(
            "instance methods get self",
            "classmethods get cls",
            "staticmethods get nothing",
            "alternative constructors",
        ),
        terms=(("classmethod", "a method bound to the class, often used as a constructor"),),
        pitfalls=("A staticmethod cannot reach the class; if it needs it, make it a classmethod.",),
        steps=("Call on instance or class", "Python binds self, cls or nothing", "Run the method"),
        practice=(_methods_kinds, _methods_registry),
        search="python classmethod staticmethod",
    ),
    TopicGuide(
        key="classes",
        keywords=("class", "instance", "init", "object", "oop", "object oriented"),
        concepts=("class and instance", "__init__", "self", "class vs instance attributes"),
        terms=(
            ("class", "a blueprint for objects"),
            ("instance", "one object made from a class"),
            ("self", "the instance a method was called on"),
        ),
        pitfalls=("Mutable class attributes are shared by every instance.",),
        steps=(
            "Define the class",
            "Call it to create an instance",
            "__init__ sets attributes",
            "Call methods",
        ),
        practice=(_class_basic, _class_attributes),
        search="python classes objects init",
    ),
)
