"""Describing callbacks in reprs and error messages (`f(1, 2) at file.py:3`)."""

import functools
import reprlib
import types


def _get_function_source(func):
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f" at {source[0]}:{source[1]}"
    return text


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f"{k}={reprlib.repr(v)}" for k, v in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, "__qualname__") and func.__qualname__:
        text = func.__qualname__
    elif hasattr(func, "__name__") and func.__name__:
        text = func.__name__
    else:
        text = repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def extract_stack(f=None, limit=None):
    """The stack from frame f outwards as (filename, lineno, name) entries, innermost last,
    without reading source lines (what debug mode records for handles)."""
    if f is None:
        import sys
        f = sys._getframe().f_back
    entries = []
    while f is not None:
        entries.append((f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    entries.reverse()
    if limit is not None:
        entries = entries[-limit:]
    return entries
