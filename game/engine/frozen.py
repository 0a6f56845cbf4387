"""A faster `__init__` for the engine's frozen value classes (issue #16: a turn builds several).

The `__init__` that `@dataclass(frozen=True)` writes sets each field with `object.__setattr__`
(its own `__setattr__` refuses), which costs about twice what setting a slot through the slot's
own descriptor does. `@quick` (placed above `@dataclass(frozen=True, slots=True)`) swaps in an
`__init__` that does the latter: the same parameters and defaults, the same object afterwards
(equality, hash, repr, `replace`, pickling and immutability are the dataclass's own)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def quick(cls: type[T]) -> type[T]:
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: @quick is for slots dataclasses without __post_init__")
    scope: dict[str, Any] = {}
    params, body = [], []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: @quick takes plain fields only")
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's descriptor
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"])
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
