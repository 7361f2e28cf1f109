"""Weak references and the containers built on them.

The reference types come from the native _weakref module; the dictionaries, the set, WeakMethod
and finalize are written here on top of weakref.ref callbacks.
"""

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
)
import _collections_abc
import itertools
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = [
    "ref",
    "proxy",
    "getweakrefcount",
    "getweakrefs",
    "WeakKeyDictionary",
    "ReferenceType",
    "ProxyType",
    "CallableProxyType",
    "ProxyTypes",
    "WeakValueDictionary",
    "WeakSet",
    "WeakMethod",
    "finalize",
]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies with the object or with the function."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(
                "argument should be a bound method, not {}".format(type(meth))
            ) from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that remembers the key it is stored under (WeakValueDictionary's values)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose entries go away when their values die."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                current = self.data.get(wr.key)
                if current is wr:
                    del self.data[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            self.data[key] = KeyedRef(o, self._remove, key)

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose entries go away when their keys die."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        # Members remove themselves when they die (their callback); a reference kept without
        # that callback (see __iand__) still counts, as in CPython.
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.items():
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)


class WeakSet:
    """A set whose members go away when they die."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        # Members remove themselves when they die (their callback); a reference kept without
        # that callback (see __iand__) still counts, as in CPython.
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    # Set algebra: results are new weak sets of this class; comparisons and in-place updates
    # work on the weak references (equal while their referents are equal).
    def _refs(self, other):
        return {ref(item) for item in other}

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def intersection(self, other):
        return self.__class__([item for item in other if item in self])

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __or__ = union
    __and__ = intersection
    __sub__ = difference
    __xor__ = symmetric_difference

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs(other)
        return self

    def __iand__(self, other):
        # set.intersection_update over an iterable keeps the iterable's items: here weak
        # references without the removal callback, so a member that dies later stays counted.
        kept = [r for r in map(ref, other) if r in self.data]
        self.data.clear()
        self.data.update(kept)
        return self

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= {ref(item, self._remove) for item in other}
        return self

    def difference_update(self, other):
        self -= other

    def intersection_update(self, other):
        self &= other

    def symmetric_difference_update(self, other):
        self ^= other

    def issubset(self, other):
        return self.data <= self._refs(other)

    def issuperset(self, other):
        return self.data >= self._refs(other)

    def __le__(self, other):
        return self.issubset(other)

    def __ge__(self, other):
        return self.issuperset(other)

    def __lt__(self, other):
        return self.data < self._refs(other)

    def __gt__(self, other):
        return self.data > self._refs(other)

    def isdisjoint(self, other):
        return not self.intersection(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None


class finalize:
    """Calls func(*args, **kwargs) once: when obj dies, when called, or at exit."""

    __slots__ = ()
    # Each live finalizer's record: [weakref, func, args, kwargs, atexit, creation order].
    _live = {}
    _order = itertools.count()
    _exiting = False
    _hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            import atexit

            atexit.register(finalize._run_at_exit)
            finalize._hooked = True
        finalize._live[self] = [ref(obj, self), func, args, kwargs, True, next(finalize._order)]

    def __call__(self, _=None):
        record = finalize._live.pop(self, None)
        if record is not None and not finalize._exiting:
            return record[1](*record[2], **record[3])

    def _target(self):
        record = finalize._live.get(self)
        if record is None:
            return None, None
        return record[0](), record

    def detach(self):
        obj, record = self._target()
        if obj is not None and finalize._live.pop(self, None) is not None:
            return (obj, record[1], record[2], record[3])

    def peek(self):
        obj, record = self._target()
        if obj is not None:
            return (obj, record[1], record[2], record[3])

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        record = finalize._live.get(self)
        return record is not None and record[4]

    @atexit.setter
    def atexit(self, value):
        record = finalize._live.get(self)
        if record is not None:
            record[4] = bool(value)

    def __repr__(self):
        obj, _ = self._target()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__,
            id(self),
            type(obj).__name__,
            id(obj),
        )

    @classmethod
    def _run_at_exit(cls):
        # The finalizers still alive with atexit set run newest first; one that a callback
        # creates meanwhile is run too.
        try:
            while True:
                due = [(record[5], f) for f, record in cls._live.items() if record[4]]
                if not due:
                    break
                f = max(due, key=lambda item: item[0])[1]
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._exiting = True
