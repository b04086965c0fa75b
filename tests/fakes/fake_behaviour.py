"""The base of each fake's ``Behaviour``: its JSON form, as the control API takes it, and the
checks every fake makes."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class FakeBehaviour:
    """For a frozen dataclass whose first field is ``kind``: ``to_dict``/``from_dict`` (fields at
    their default are left out, ``headers`` pairs travel as a JSON object) and ``check``, which a
    fake's ``Behaviour`` extends with its own rules."""

    kinds: ClassVar[tuple[str, ...]]  # the fake's behaviour kinds
    kind: str
    status: int | None

    def check(self) -> None:
        """ValueError unless this behaviour is well-formed."""
        if self.kind not in self.kinds:
            raise ValueError(f"unknown behaviour kind {self.kind!r}")
        if self.kind == "server_error" and self.status not in (500, 502, 503, 504):
            raise ValueError("server_error status must be 500, 502, 503 or 504")

    def checked(self) -> Self:
        self.check()
        return self

    def to_dict(self) -> dict[str, Any]:
        instance = cast("DataclassInstance", self)
        defaults = {f.name: f.default for f in fields(instance)}
        data = {k: v for k, v in asdict(instance).items() if k == "kind" or v != defaults[k]}
        if "headers" in data:
            data["headers"] = dict(data["headers"])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        known = {f.name for f in fields(cast("type[DataclassInstance]", cls))}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown behaviour fields: {sorted(unknown)}")
        values = dict(data)
        if isinstance(values.get("headers"), dict):
            values["headers"] = tuple(values["headers"].items())
        return cls(**values).checked()
