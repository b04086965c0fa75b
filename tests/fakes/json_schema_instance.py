"""A minimal instance of a JSON schema, and a small validator to check one.

The fake LLM server answers structured-output requests with JSON that is valid against the
schema the client sent, the way a constrained-decoding model would. ``instance_for`` builds the
smallest plausible instance: every *required* property (optional ones are left out), at least
``max(minItems, 1)`` array items (only ``minItems`` deep inside recursive models), the first
``enum``/``const`` value, numbers within their bounds, and strings of the right ``format`` and
length. It understands what pydantic v2 emits (``$defs`` with ``$ref`` — also with sibling keys —,
``anyOf`` with ``{"type": "null"}`` for optionals, ``allOf`` wrappers, ``prefixItems`` for tuples,
``additionalProperties`` for dicts) and Gemini's OpenAPI-style ``responseSchema`` (upper-case
types, ``nullable``, ``propertyOrdering``, integer bounds sent as strings). ``pattern`` is not
honoured (not generally satisfiable).

``schema_errors`` is a deliberately small validator for the same keyword subset; the fake uses it
to make sure a "does not match the schema" answer really does not match, and its tests use it to
check the answers that must match.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

_MAX_DEPTH = 32
_SHALLOW = 8  # deeper than this, optional recursion (arrays, anyOf null) stops
_FORMATS: dict[str, str] = {
    "date-time": "2026-11-25T12:00:00Z",
    "date": "2026-11-25",
    "time": "12:00:00Z",
    "duration": "PT10M",
    "email": "learner@example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
}
_TYPE_HINTS: dict[str, tuple[str, ...]] = {
    "object": ("properties", "required", "additionalProperties", "minProperties"),
    "array": ("items", "prefixItems", "minItems", "maxItems"),
    "string": ("minLength", "maxLength", "format", "pattern"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
}


class SchemaError(ValueError):
    """The schema cannot be instantiated (unsatisfiable, unresolvable or infinitely deep)."""


def instance_for(schema: Mapping[str, Any] | bool) -> Any:
    """A minimal JSON value valid against ``schema`` (resolving refs against ``schema`` itself)."""
    root = schema if isinstance(schema, Mapping) else {}
    return _Generator(root).generate(schema, name="value", depth=0, index=0)


def schema_errors(instance: Any, schema: Mapping[str, Any] | bool) -> list[str]:
    """Why ``instance`` is not valid against ``schema`` (empty when it is), for the same subset."""
    root = schema if isinstance(schema, Mapping) else {}
    errors: list[str] = []
    _Validator(root).check(instance, schema, "$", errors)
    return errors


def mismatching_instance(schema: Mapping[str, Any] | bool) -> Any:
    """Well-formed JSON that is *not* valid against ``schema`` (a wrong type at the root)."""
    for candidate in (["not", "the", "requested", "shape"], {"unexpected": True}, "text", 0, None):
        if schema_errors(candidate, schema):
            return candidate
    raise SchemaError("every JSON value is valid against this schema")


def json_types(schema: Mapping[str, Any]) -> list[str]:
    """The lower-case JSON types a schema allows (``type`` may be a list, upper case, nullable)."""
    raw = schema.get("type")
    types = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
    result = [str(t).lower() for t in types]
    if schema.get("nullable") is True and "null" not in result:
        result.append("null")
    return result


def _resolve_pointer(root: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        raise SchemaError(f"only local $ref are supported, got {ref!r}")
    node: Any = root
    for token in [t for t in ref[1:].split("/") if t]:
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or token not in node:
            raise SchemaError(f"unresolvable $ref {ref!r}")
        node = node[token]
    return node


def _deref(root: Mapping[str, Any], schema: Mapping[str, Any] | bool) -> Mapping[str, Any] | bool:
    """Follow ``$ref`` chains; sibling keywords of a ``$ref`` are merged over the target."""
    seen: set[str] = set()
    while isinstance(schema, Mapping) and "$ref" in schema:
        ref = str(schema["$ref"])
        if ref in seen:
            raise SchemaError(f"$ref cycle through {ref!r}")
        seen.add(ref)
        target = _resolve_pointer(root, ref)
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        if isinstance(target, bool):
            return target if not siblings else {**siblings}
        schema = {**target, **siblings}
    return schema


def _number(value: Any) -> float | None:
    """A bound as a number (Gemini's proto-JSON may send int64 bounds as strings)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class _Generator:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def generate(
        self, schema: Mapping[str, Any] | bool, *, name: str, depth: int, index: int
    ) -> Any:
        if depth > _MAX_DEPTH:
            raise SchemaError("schema too deep (infinitely recursive required properties?)")
        schema = _deref(self.root, schema)
        if schema is False:
            raise SchemaError(f"no value is valid for {name!r} (schema false)")
        if schema is True or not schema:
            return f"Example {name}"
        assert isinstance(schema, Mapping)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = list(schema["enum"])
            if not values:
                raise SchemaError(f"empty enum for {name!r}")
            non_null = [v for v in values if v is not None] or values
            return non_null[index % len(non_null)]
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = _deref(self.root, part)
                if isinstance(part, Mapping):
                    merged = _merge(merged, part)
            return self.generate(merged, name=name, depth=depth + 1, index=index)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [_deref(self.root, o) for o in schema[key]]
                preferred = [o for o in options if not _is_null_schema(o)] or options
                if depth >= _SHALLOW:  # deep in a recursive model: stop at a null option
                    preferred = [o for o in options if _is_null_schema(o)] or preferred
                base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
                option = preferred[0]
                merged_option = _merge(base, option) if isinstance(option, Mapping) else option
                return self.generate(merged_option, name=name, depth=depth + 1, index=index)
        kind = _pick_type(schema)
        if kind == "object":
            return self._object(schema, name=name, depth=depth)
        if kind == "array":
            return self._array(schema, name=name, depth=depth)
        if kind == "integer":
            return self._integer(schema, index=index)
        if kind == "number":
            return self._float(schema, index=index)
        if kind == "boolean":
            return index % 2 == 0
        if kind == "null":
            return None
        return self._string(schema, name=name, index=index)

    def _object(self, schema: Mapping[str, Any], *, name: str, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = [str(r) for r in schema.get("required") or []]
        order = [str(p) for p in schema.get("propertyOrdering") or properties]
        keys = [k for k in order if k in required] + [k for k in required if k not in order]
        result: dict[str, Any] = {}
        for key in keys:
            result[key] = self.generate(
                properties.get(key, True), name=key, depth=depth + 1, index=0
            )
        wanted = int(_number(schema.get("minProperties")) or 0)
        extra = schema.get("additionalProperties", True)
        spare = [k for k in properties if k not in result]
        while len(result) < wanted:
            if spare:
                key = spare.pop(0)
                result[key] = self.generate(properties[key], name=key, depth=depth + 1, index=0)
            elif extra is not False:
                key = f"{name}_{len(result) + 1}"
                result[key] = self.generate(extra, name=key, depth=depth + 1, index=0)
            else:
                raise SchemaError(f"cannot reach minProperties for {name!r}")
        return result

    def _array(self, schema: Mapping[str, Any], *, name: str, depth: int) -> list[Any]:
        prefix: Sequence[Any] = schema.get("prefixItems") or []
        minimum = int(_number(schema.get("minItems")) or 0)
        maximum = _number(schema.get("maxItems"))
        count = max(minimum, len(prefix), 1 if depth < _SHALLOW else 0)
        if maximum is not None:
            count = min(count, int(maximum))
        items = schema.get("items", True)
        result: list[Any] = []
        for i in range(count):
            sub = prefix[i] if i < len(prefix) else items
            if sub is False:
                break
            result.append(self.generate(sub, name=f"{name} item", depth=depth + 1, index=i))
        return result

    def _integer(self, schema: Mapping[str, Any], *, index: int) -> int:
        lo, hi = _bounds(schema)
        low = None if lo is None else (math.floor(lo[0]) + 1 if lo[1] else math.ceil(lo[0]))
        high = None if hi is None else (math.ceil(hi[0]) - 1 if hi[1] else math.floor(hi[0]))
        value = 1 + index
        if low is not None and value < low:
            value = low + index
        if high is not None and value > high:
            value = high
        step = _number(schema.get("multipleOf"))
        if step:
            multiple = math.ceil(value / step) * step
            if high is not None and multiple > high:
                multiple = math.floor(value / step) * step
            value = int(multiple)
        if (low is not None and value < low) or (high is not None and value > high):
            raise SchemaError("no integer satisfies the bounds")
        return value

    def _float(self, schema: Mapping[str, Any], *, index: int) -> float:
        lo, hi = _bounds(schema)
        value = 1.0 + index
        too_low = lo is not None and (value <= lo[0] if lo[1] else value < lo[0])
        too_high = hi is not None and (value >= hi[0] if hi[1] else value > hi[0])
        if too_low or too_high:
            if lo is not None and hi is not None:
                value = (lo[0] + hi[0]) / 2
            elif lo is not None:
                value = lo[0] + 1
            elif hi is not None:
                value = hi[0] - 1
        step = _number(schema.get("multipleOf"))
        if step:
            value = math.ceil(value / step) * step
        return value

    def _string(self, schema: Mapping[str, Any], *, name: str, index: int) -> str:
        fmt = schema.get("format")
        text = _FORMATS.get(str(fmt), "") if fmt else ""
        if not text:
            text = f"Example {name}" + (f" {index + 1}" if index else "")
        minimum = int(_number(schema.get("minLength")) or 0)
        maximum = _number(schema.get("maxLength"))
        if len(text) < minimum:
            text += "x" * (minimum - len(text))
        if maximum is not None and len(text) > maximum:
            text = text[: int(maximum)]
        return text


def _is_null_schema(schema: Mapping[str, Any] | bool) -> bool:
    return isinstance(schema, Mapping) and json_types(schema) == ["null"]


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = {**base, **extra}
    if "properties" in base and "properties" in extra:
        merged["properties"] = {**base["properties"], **extra["properties"]}
    if "required" in base and "required" in extra:
        merged["required"] = list(dict.fromkeys([*base["required"], *extra["required"]]))
    return merged


def _pick_type(schema: Mapping[str, Any]) -> str:
    types = json_types(schema)
    non_null = [t for t in types if t != "null"]
    if non_null:
        return non_null[0]
    if types:
        return "null"
    for kind, keywords in _TYPE_HINTS.items():
        if any(k in schema for k in keywords):
            return kind
    return "string"


def _bounds(
    schema: Mapping[str, Any],
) -> tuple[tuple[float, bool] | None, tuple[float, bool] | None]:
    """(lower, exclusive?) and (upper, exclusive?); draft-4 boolean and draft-6+ numeric forms."""

    def pick(plain_key: str, strict_key: str, lower: bool) -> tuple[float, bool] | None:
        plain, flag = _number(schema.get(plain_key)), schema.get(strict_key)
        if isinstance(flag, bool):
            return None if plain is None else (plain, flag)
        strict = _number(flag)
        if strict is None:
            return None if plain is None else (plain, False)
        if plain is None:
            return (strict, True)
        stricter = strict >= plain if lower else strict <= plain
        return (strict, True) if stricter else (plain, False)

    return pick("minimum", "exclusiveMinimum", True), pick("maximum", "exclusiveMaximum", False)


class _Validator:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def check(
        self, value: Any, schema: Mapping[str, Any] | bool, path: str, out: list[str]
    ) -> None:
        schema = _deref(self.root, schema)
        if schema is True:
            return
        if schema is False:
            out.append(f"{path}: no value allowed")
            return
        assert isinstance(schema, Mapping)
        if "const" in schema and not _same(value, schema["const"]):
            out.append(f"{path}: expected const {schema['const']!r}")
        if "enum" in schema and not any(_same(value, v) for v in schema["enum"]):
            out.append(f"{path}: {value!r} not in enum")
        for part in schema.get("allOf") or []:
            self.check(value, part, path, out)
        if "anyOf" in schema and not any(not self._errors(value, o, path) for o in schema["anyOf"]):
            out.append(f"{path}: matches none of anyOf")
        if "oneOf" in schema:
            matches = sum(not self._errors(value, o, path) for o in schema["oneOf"])
            if matches != 1:
                out.append(f"{path}: matches {matches} of oneOf (need exactly 1)")
        types = json_types(schema)
        if types and not any(_has_type(value, t) for t in types):
            out.append(f"{path}: expected {'/'.join(types)}, got {type(value).__name__}")
            return
        if isinstance(value, dict):
            self._check_object(value, schema, path, out)
        elif isinstance(value, list):
            self._check_array(value, schema, path, out)
        elif isinstance(value, str):
            minimum, maximum = _number(schema.get("minLength")), _number(schema.get("maxLength"))
            if minimum is not None and len(value) < minimum:
                out.append(f"{path}: shorter than minLength {minimum:g}")
            if maximum is not None and len(value) > maximum:
                out.append(f"{path}: longer than maxLength {maximum:g}")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            lo, hi = _bounds(schema)
            if lo is not None and (value <= lo[0] if lo[1] else value < lo[0]):
                out.append(f"{path}: {value} below the minimum")
            if hi is not None and (value >= hi[0] if hi[1] else value > hi[0]):
                out.append(f"{path}: {value} above the maximum")
            step = _number(schema.get("multipleOf"))
            if step and not math.isclose(value / step, round(value / step)):
                out.append(f"{path}: {value} not a multiple of {step:g}")

    def _errors(self, value: Any, schema: Mapping[str, Any] | bool, path: str) -> list[str]:
        errors: list[str] = []
        self.check(value, schema, path, errors)
        return errors

    def _check_object(
        self, value: dict[str, Any], schema: Mapping[str, Any], path: str, out: list[str]
    ) -> None:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for key in schema.get("required") or []:
            if key not in value:
                out.append(f"{path}: missing required property {key!r}")
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                self.check(item, properties[key], f"{path}.{key}", out)
            elif extra is False:
                out.append(f"{path}: unexpected property {key!r}")
            elif isinstance(extra, Mapping):
                self.check(item, extra, f"{path}.{key}", out)
        minimum = _number(schema.get("minProperties"))
        if minimum is not None and len(value) < minimum:
            out.append(f"{path}: fewer than minProperties {minimum:g}")

    def _check_array(
        self, value: list[Any], schema: Mapping[str, Any], path: str, out: list[str]
    ) -> None:
        minimum, maximum = _number(schema.get("minItems")), _number(schema.get("maxItems"))
        if minimum is not None and len(value) < minimum:
            out.append(f"{path}: fewer than minItems {minimum:g}")
        if maximum is not None and len(value) > maximum:
            out.append(f"{path}: more than maxItems {maximum:g}")
        prefix: Sequence[Any] = schema.get("prefixItems") or []
        items = schema.get("items", True)
        for i, item in enumerate(value):
            self.check(item, prefix[i] if i < len(prefix) else items, f"{path}[{i}]", out)
        if schema.get("uniqueItems") is True:
            seen = [repr(v) for v in value]
            if len(set(seen)) != len(seen):
                out.append(f"{path}: items are not unique")


def _has_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return False


def _same(a: Any, b: Any) -> bool:
    if _has_type(a, "number") and _has_type(b, "number"):
        return bool(a == b)
    return type(a) is type(b) and bool(a == b)
