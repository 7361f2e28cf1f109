"""Higher-order functions and operations on callables (the functools module)."""

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce", "partial",
    "partialmethod", "singledispatch", "singledispatchmethod", "cached_property",
]

from types import GenericAlias, MappingProxyType
from collections import namedtuple as _namedtuple

# ---------------------------------------------------------------------------
# update_wrapper and wraps
# ---------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------
# total_ordering
# ---------------------------------------------------------------------------

def _derive(root, name):
    # Builds the comparison `name` from the root operation `root` and __eq__, returning
    # NotImplemented whenever the root does.
    if root == "__lt__":
        if name == "__gt__":
            def op(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented:
                    return r
                return not r and self != other
        elif name == "__le__":
            def op(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented:
                    return r
                return r or self == other
        else:
            def op(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented:
                    return r
                return not r
    elif root == "__le__":
        if name == "__ge__":
            def op(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented:
                    return r
                return not r or self == other
        elif name == "__lt__":
            def op(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented:
                    return r
                return r and self != other
        else:
            def op(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented:
                    return r
                return not r
    elif root == "__gt__":
        if name == "__lt__":
            def op(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented:
                    return r
                return not r and self != other
        elif name == "__ge__":
            def op(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented:
                    return r
                return r or self == other
        else:
            def op(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented:
                    return r
                return not r
    else:
        if name == "__le__":
            def op(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented:
                    return r
                return not r or self == other
        elif name == "__gt__":
            def op(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented:
                    return r
                return r and self != other
        else:
            def op(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented:
                    return r
                return not r
    op.__name__ = name
    op.__qualname__ = name
    return op


_ORDERING = ("__lt__", "__le__", "__gt__", "__ge__")


def total_ordering(cls):
    roots = {name for name in _ORDERING
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # The documented preference order when several are defined: __lt__, __le__, __gt__, __ge__.
    root = [name for name in _ORDERING if name in roots][0]
    for name in _ORDERING:
        if name != root and name not in roots:
            method = _derive(root, name)
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            method.__doc__ = getattr(int, name).__doc__
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------------------
# cmp_to_key
# ---------------------------------------------------------------------------

def cmp_to_key(mycmp):

    class KeyWrapper:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __hash__(self):
            # The C key wrapper type is unhashable and named functools.KeyWrapper.
            raise TypeError("unhashable type: 'functools.KeyWrapper'")

    return KeyWrapper


# ---------------------------------------------------------------------------
# reduce
# ---------------------------------------------------------------------------

_initial_missing = object()


def reduce(*args):
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------
# partial and partialmethod
# ---------------------------------------------------------------------------

class partial:

    __slots__ = ("func", "args", "keywords", "__dict__", "__weakref__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # Flattening only happens for the exact partial type, as in partial_new.
        if type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__name__
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        kwds = {} if kwds is None else dict(kwds)
        namespace = {} if namespace is None else namespace
        self.__dict__.clear()
        self.__dict__.update(namespace)
        self.func = func
        self.args = args
        self.keywords = kwds

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._unbound().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------
# lru_cache and cache
# ---------------------------------------------------------------------------

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KWD_MARK = (object(),)
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed):
    # One hashable key per distinct call: positional args, a marker, then keyword pairs in
    # call order; typed adds the argument types. A lone int or str argument is its own key.
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _HashedKey(key)


class _HashedKey(list):
    # A tuple key whose hash is computed once (dict lookups may hash it several times).
    __slots__ = ("hashvalue",)

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict kept in recency order: a hit moves its entry to the end, and the
    # first entry is the least recently used one.
    cache = {}
    stats = [0, 0]  # hits, misses
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already stored this key; keep that entry.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------
# singledispatch
# ---------------------------------------------------------------------------

def _find_impl(cls, registry):
    # Walks the class's MRO; an implementation registered for an ABC the class is a virtual
    # subclass of is used before object's, at the place the ABC would take in the MRO.
    mro = cls.__mro__ if isinstance(cls, type) else (cls, object)
    for base in mro:
        if base is object:
            break
        if base in registry:
            return registry[base]
    best = None
    for typ in registry:
        if typ is object or typ in mro:
            continue
        try:
            if issubclass(cls, typ):
                if best is None or issubclass(typ, best):
                    best = typ
        except TypeError:
            continue
    if best is not None:
        return registry[best]
    return registry.get(object)


def singledispatch(func):
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next((k, v) for k, v in ann.items() if k != "return")
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
            if not _is_valid_dispatch_type(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---------------------------------------------------------------------------
# cached_property
# ---------------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
