"""Iterator building blocks (the itertools module), written in Python.

Each tool is a class, as in CPython, so that type(), repr() and pickling-related
attributes look the same; the arguments are checked when the object is created and
the input iterables are consumed lazily.
"""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
    "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]

_GenericAlias = type(list[int])


class _Iter:
    # Shared behaviour: the object is its own iterator.
    __slots__ = ()

    def __iter__(self):
        return self


# ---------------------------------------------------------------------------
# Infinite iterators
# ---------------------------------------------------------------------------

class count(_Iter):

    __slots__ = ("_value", "_step")

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not _is_number(value):
                raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._value!r})"
        return f"{type(self).__name__}({self._value!r}, {step!r})"

    def __reduce__(self):
        step = self._step
        if type(step) is int and step == 1:
            return type(self), (self._value,)
        return type(self), (self._value, step)


def _is_number(value):
    # PyNumber_Check: anything with __index__, __int__, __float__ or __complex__.
    t = type(value)
    return any(hasattr(t, name) for name in ("__index__", "__int__", "__float__", "__complex__"))


class cycle(_Iter):

    __slots__ = ("_it", "_saved", "_index", "_first_pass")

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat(_Iter):

    __slots__ = ("_object", "_left")

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = None
        else:
            times = _as_index(times)
            self._left = times if times > 0 else 0

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._left})"

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._left)


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence
# ---------------------------------------------------------------------------

class accumulate(_Iter):

    __slots__ = ("_it", "_func", "_total", "_started", "_initial")

    _MISSING = object()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = None
        self._started = False

    def __next__(self):
        if not self._started:
            self._started = True
            if self._initial is not None:
                self._total = self._initial
                self._initial = None
                return self._total
            value = next(self._it)
            self._total = value
            return value
        value = next(self._it)
        func = self._func
        self._total = self._total + value if func is None else func(self._total, value)
        return self._total


class chain(_Iter):

    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                try:
                    source = next(sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = active = iter(source)
            for item in active:
                return item
            self._active = None

    __class_getitem__ = classmethod(_GenericAlias)


class compress(_Iter):

    __slots__ = ("_data", "_selectors")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile(_Iter):

    __slots__ = ("_predicate", "_it", "_dropping")

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        it = self._it
        if self._dropping:
            predicate = self._predicate
            for item in it:
                if not predicate(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(it)


class takewhile(_Iter):

    __slots__ = ("_predicate", "_it", "_done")

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse(_Iter):

    __slots__ = ("_predicate", "_it")

    def __init__(self, function, iterable, /):
        self._predicate = function
        self._it = iter(iterable)

    def __next__(self):
        predicate = self._predicate
        for item in self._it:
            if not (bool(item) if predicate is None else predicate(item)):
                return item
        raise StopIteration


class groupby(_Iter):
    # Follows groupby_next/_grouper_next in itertoolsmodule.c: the outer iterator and the
    # current group share one look-ahead item (_currkey/_currvalue); advancing the outer
    # iterator invalidates the previous group.
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_current")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._current = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _EMPTY:
                pass
            elif self._tgtkey is _EMPTY:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return (self._currkey, grouper)


_EMPTY = object()


class _grouper(_Iter):
    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _EMPTY:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _EMPTY
        return value


class islice(_Iter):

    __slots__ = ("_it", "_next", "_stop", "_step", "_count")

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 1:
            start, stop, step = None, args[0], None
        elif nargs in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if nargs == 3 else None
        elif nargs == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {nargs + 1}")
        if stop is not None:
            stop = _slice_arg(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = 0 if start is None else _slice_arg(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            step = _slice_arg(step, "Step for islice() must be a positive integer or None.")
            if step == 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            if stop is not None and self._count >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


def _slice_arg(value, message):
    try:
        value = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


class pairwise(_Iter):

    __slots__ = ("_it", "_old")

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = pairwise._START

    _START = object()

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is pairwise._START:
            for old in it:
                break
            else:
                self._it = None
                raise StopIteration
        for new in it:
            self._old = new
            return (old, new)
        self._it = None
        raise StopIteration


class starmap(_Iter):

    __slots__ = ("_function", "_it")

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        return self._function(*args)


class zip_longest(_Iter):

    __slots__ = ("_its", "_active", "_fillvalue")

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fillvalue)
                continue
            for item in it:
                result.append(item)
                break
            else:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                its[i] = None
                result.append(self._fillvalue)
        return tuple(result)


# ---------------------------------------------------------------------------
# tee
# ---------------------------------------------------------------------------

class _tee_link:
    # One cell of the buffer shared by tee iterators: a value and the next cell, filled on
    # demand from the underlying iterator.
    __slots__ = ("value", "next")

    def __init__(self):
        self.value = None
        self.next = None


class _tee(_Iter):
    __slots__ = ("_source", "_link", "__weakref__")

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._link = it._link
        else:
            self._source = [it]
            self._link = _tee_link()

    def __next__(self):
        link = self._link
        if link.next is None:
            source = self._source[0]
            if source is None:
                raise StopIteration
            try:
                value = next(source)
            except StopIteration:
                raise
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        clone = _tee.__new__(_tee)
        clone._source = self._source
        clone._link = self._link
        return clone


_tee.__name__ = "_tee"


def tee(iterable, n=2, /):
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), "__copy__", None)
    first = it if copier is not None else _tee(it)
    copier = type(first).__copy__
    return tuple([first] + [copier(first) for _ in range(n - 1)])


# ---------------------------------------------------------------------------
# Combinatoric iterators
# ---------------------------------------------------------------------------

class product(_Iter):

    __slots__ = ("_pools", "_indices", "_done")

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(pool) == 0 for pool in pools)

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple(pool[0] for pool in pools)
        # Advance like an odometer, rightmost wheel first.
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        else:
            self._done = True
            raise StopIteration
        return tuple(pool[k] for pool, k in zip(pools, indices))


class permutations(_Iter):

    __slots__ = ("_pool", "_r", "_indices", "_cycles", "_started", "_done")

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _as_index(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        if n == 0:
            self._done = True
            raise StopIteration
        cycles = self._cycles
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations(_Iter):

    __slots__ = ("_pool", "_r", "_indices", "_started", "_done")

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement(_Iter):

    __slots__ = ("_pool", "_r", "_indices", "_started", "_done")

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = not pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)


# C types in CPython: messages name them with their module ('itertools.count').
from _pyglass_types import native_type as _native_type

for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
             groupby, _grouper, islice, pairwise, starmap, zip_longest, _tee, product, permutations,
             combinations, combinations_with_replacement):
    _native_type(_cls)
del _cls, _native_type
