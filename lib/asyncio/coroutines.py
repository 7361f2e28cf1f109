"""Telling coroutines apart, and describing them in reprs."""

__all__ = ("iscoroutinefunction", "iscoroutine")

import types

_CO_COROUTINE = 0x80

# Marks functions that asyncio must treat as coroutine functions (set on a function's
# `_is_coroutine` attribute).
_is_coroutine = object()


def _unwrap_function(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
            continue
        partial = _partial_type()
        if partial is not None and isinstance(func, partial):
            func = func.func
            continue
        return func


def _partial_type():
    try:
        from functools import partial
    except ImportError:
        return None
    return partial


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    f = _unwrap_function(func)
    if isinstance(f, types.FunctionType) and f.__code__.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if isinstance(obj, _COROUTINE_TYPES):
        return True
    # Other objects can still register as collections.abc.Coroutine (imported only then).
    import collections.abc
    return isinstance(obj, collections.abc.Coroutine)


def _format_coroutine(coro):
    # The text of a coroutine inside a Task's repr: its name, and where it runs or was defined.
    def get_name(coro):
        name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
        if not name:
            name = f"<{type(coro).__name__} without __name__>"
        return f"{name}()"

    def is_running(coro):
        for attr in ("cr_running", "gi_running"):
            try:
                return getattr(coro, attr)
            except AttributeError:
                pass
        return False

    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    name = get_name(coro)
    if not code:
        return f"{name} running" if is_running(coro) else name
    frame = getattr(coro, "gi_frame", None) or getattr(coro, "cr_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"
