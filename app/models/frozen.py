"""``@frozen_model``: ``@dataclass(frozen=True)`` for the app's many small
value classes (the slide model, findings, changes, messages, schema
columns…), with equality, hashing and ``repr`` shared instead of generated
per class.

A frozen dataclass compiles six methods from source text when its class is
defined; for the ~30 slide-model classes half of that is ~10 ms of every
cold command-line export (about 3 %), and the ~15 classes loaded before a
plan is editable cost the start-up the same way.
Equality, hashing and ``repr`` behave exactly as the generated ones (the
same fields compared and hashed in order, the same text); ``__init__`` and
the frozen ``__setattr__``/``__delattr__`` are still dataclasses' own, and
``dataclasses.fields``, ``replace`` and ``asdict`` work as for any dataclass."""

from __future__ import annotations

from dataclasses import dataclass, fields


def frozen_model(cls):
    """Make *cls* a frozen dataclass (see the module docstring)."""
    cls = dataclass(frozen=True, eq=False, repr=False)(cls)
    every = fields(cls)
    cls._compared = tuple(f.name for f in every if f.compare)
    cls._hashed = tuple(f.name for f in every if (f.compare if f.hash is None else f.hash))
    cls._shown = tuple(f.name for f in every if f.repr)
    cls.__eq__, cls.__hash__, cls.__repr__ = _equal, _hash, _repr
    return cls


def _equal(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = self._compared
    return tuple(getattr(self, name) for name in names) == tuple(getattr(other, name) for name in names)


def _hash(self) -> int:
    return hash(tuple(getattr(self, name) for name in self._hashed))


def _repr(self) -> str:
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
    return f"{self.__class__.__qualname__}({values})"
