"""A chart's cache key: a digest of everything its plot function can see —
its code, the values its closure captured, its defaults and the module
globals it names — so an unchanged chart is recognised before matplotlib is
even run (see charts.plot_drawing).

The key covers plain values (numbers, text, dates, containers), dataclasses,
enums, functions (recursively), classes and modules (by name: code does not
change inside a process). Anything else — an open connection, a widget, an
object with hidden state — makes the plot *unkeyable*: it is drawn anew
every time, as before, and nothing stale can come back.

A DeckContext contributes its language, theme, date and plan row
(``chart_key_parts()``); a plot that
reads anything else of it (the plan, the connection, the text checker) while
it runs is noticed by the context and its chart is not kept (see
DeckContext.watch)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import fractions
import functools
import hashlib
import sys
import types

_PLAIN = (type(None), type(Ellipsis), bool, int, float, complex, str, bytes, range)
_EXACT = (dt.date, dt.datetime, dt.time, dt.timedelta, decimal.Decimal, fractions.Fraction)
_LRU_WRAPPER = type(functools.lru_cache(maxsize=None)(len))
_MAX_ITEMS = 200_000  # a plot capturing something huge is drawn anew rather than hashed for ages


class Unkeyable(Exception):
    """The plot captures something whose content cannot be fingerprinted."""


def chart_key(plot, *extra) -> tuple[bytes, list] | None:
    """``(digest, contexts)`` for *plot* and *extra* values (size, theme…),
    or None when the plot is unkeyable. *contexts* are the DeckContexts the
    plot captured: the caller watches them while the plot runs."""
    key = _Key()
    try:
        key.feed((plot, extra))
    except (Unkeyable, RecursionError):
        return None
    return key.digest.digest(), key.contexts


class _Key:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.seen: dict[int, int] = {}  # id → order of first visit (shared and cyclic references)
        self.keep: list = []  # keeps visited objects alive so their ids stay unique while hashing
        self.contexts: list = []
        self.items = 0

    def put(self, tag: str, text: str = "") -> None:
        data = f"{tag}:{text}".encode("utf-8", "surrogatepass")
        self.digest.update(len(data).to_bytes(4, "little") + data)

    def feed(self, value) -> None:
        self.items += 1
        if self.items > _MAX_ITEMS:
            raise Unkeyable("too large")
        kind = type(value)
        if kind is bytes:  # e.g. the theme's logo: hashed, not repr'd
            self.put("bytes", str(len(value)))
            self.digest.update(value)
            return
        if kind in _PLAIN or kind in _EXACT:
            self.put(kind.__name__, repr(value))
            return
        if isinstance(value, enum.Enum):
            self.put("enum", _name(kind))
            self.feed(value.value)
            return
        if id(value) in self.seen:  # the same object again (or a cycle): refer back to it
            self.put("ref", str(self.seen[id(value)]))
            return
        self.seen[id(value)] = len(self.seen)
        self.keep.append(value)
        self._compound(kind, value)

    def _compound(self, kind: type, value) -> None:
        if isinstance(value, (tuple, list)):
            self.put(_name(kind), str(len(value)))
            for item in value:
                self.feed(item)
        elif isinstance(value, dict):
            self.put(_name(kind), str(len(value)))
            for name, item in value.items():  # insertion order: it can decide a chart's order
                self.feed(name)
                self.feed(item)
        elif isinstance(value, (set, frozenset)):
            parts = sorted(_sub_digest(item) for item in value)
            self.put(_name(kind), ",".join(parts))
        elif isinstance(value, types.FunctionType):
            self._function(value)
        elif isinstance(value, types.MethodType):
            self.put("method")
            self.feed(value.__func__)
            self.feed(value.__self__)
        elif isinstance(value, _LRU_WRAPPER):  # a memoised pure function: what it computes is its code's
            self.put("memoised")
            self.feed(value.__wrapped__)
        elif isinstance(value, functools.partial):
            self.put("partial")
            self.feed((value.func, value.args, value.keywords))
        elif isinstance(value, types.BuiltinFunctionType):
            owner = value.__self__
            self.put("builtin", f"{getattr(value, '__module__', '')}.{value.__qualname__}")
            if owner is not None and not isinstance(owner, types.ModuleType):
                self.feed(owner)
        elif isinstance(value, types.ModuleType):
            self.put("module", value.__name__)
        elif isinstance(value, type):
            self.put("class", _name(value))
        elif isinstance(value, types.CodeType):
            self._code(value)
        elif _is_context(value):
            self.contexts.append(value)
            self.put("context")
            self.feed(value.chart_key_parts())
        elif dataclasses.is_dataclass(value):
            self._dataclass(kind, value)
        elif _is_array(value):
            self.put("array", f"{value.dtype.str}{value.shape}")
            self.digest.update(value.tobytes())
        else:
            raise Unkeyable(_name(kind))

    def _function(self, function: types.FunctionType) -> None:
        self.put("function", f"{function.__module__}.{function.__qualname__}")
        code = function.__code__
        self._code(code)
        self.feed(function.__defaults__)
        self.feed(function.__kwdefaults__)
        self.feed(tuple(_cell(cell) for cell in function.__closure__ or ()))
        names = function.__globals__
        used = sorted(name for name in _global_names(code) if name in names)  # else a builtin or an attribute name
        self.put("globals", str(len(used)))
        for name in used:
            self.put("global", name)
            self.feed(names[name])

    def _code(self, code: types.CodeType) -> None:
        self.put("code", code.co_qualname if hasattr(code, "co_qualname") else code.co_name)
        self.digest.update(code.co_code)
        self.put("names", ",".join(code.co_names + code.co_varnames + code.co_freevars))
        for const in code.co_consts:
            self.feed(const)

    def _dataclass(self, kind: type, value) -> None:
        fields = [f.name for f in dataclasses.fields(value)]
        self.put("dataclass", f"{_name(kind)}:{len(fields)}")
        for name in fields:
            self.feed(name)
            self.feed(getattr(value, name))
        extra = getattr(value, "__dict__", {})
        # a cached_property's value is computed from the fields above
        names = [
            n
            for n in sorted(set(extra) - set(fields))
            if not isinstance(getattr(kind, n, None), functools.cached_property)
        ]
        self.put("extra", str(len(names)))
        for name in names:
            self.feed(name)
            self.feed(extra[name])


def _name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def _cell(cell):
    try:
        return cell.cell_contents
    except ValueError:  # a closure variable not assigned yet
        return _Empty.EMPTY


class _Empty(enum.Enum):
    EMPTY = 0


def _global_names(code: types.CodeType) -> set[str]:
    """Names a code object (and the functions defined in it) may look up as globals."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _global_names(const)
    return names


def _sub_digest(value) -> str:
    key = _Key()
    key.feed(value)
    return key.digest.hexdigest()


def _is_context(value) -> bool:
    """A deck context (DeckContext): it names the parts of itself a chart
    may depend on, and is watched while the plot runs. Recognised by that
    method, so this module needs no import of the context (which imports
    the charts, which import this)."""
    return not isinstance(value, type) and callable(getattr(type(value), "chart_key_parts", None))


def _is_array(value) -> bool:
    numpy = sys.modules.get("numpy")
    return numpy is not None and isinstance(value, (numpy.ndarray, numpy.generic)) and value.dtype != object
