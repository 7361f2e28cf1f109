"""Context variables (PEP 567).

A Context maps ContextVars to values. Each thread has a current context; ContextVar.set
changes only the current one, and copy_context() takes a snapshot that later sets do not
touch (CPython shares structure with an immutable HAMT; a dict copied on copy gives the same
observable behaviour). asyncio runs every task step inside the task's own context.
"""

try:
    from _thread import get_ident as _ident
except ImportError:
    def _ident():
        return 0

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_NO_DEFAULT = object()

# The current context of each thread, by thread ident.
_current = {}


def _current_context():
    ctx = _current.get(_ident())
    if ctx is None:
        ctx = _current[_ident()] = Context()
    return ctx


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


def _final(cls):
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '_contextvars.{cls.__mro__[1].__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__module__ = "_contextvars"
    return cls


@_final
class Context:
    __slots__ = ("_data", "_prev", "_entered")

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        ident = _ident()
        self._prev = _current.get(ident)
        self._entered = True
        _current[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            if self._prev is None:
                _current.pop(ident, None)
            else:
                _current[ident] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data.copy()
        return new

    def __getitem__(self, var):
        _check_var(var)
        return self._data[var]

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


@_final
class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        return _alias(cls, item)


def _alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


@_final
class ContextVar:
    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _current_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current_context()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        default = ""
        if self._default is not _NO_DEFAULT:
            default = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return _alias(cls, item)


def copy_context():
    return _current_context().copy()
