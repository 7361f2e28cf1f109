"""Abstract Base Classes (PEP 3119), written in Python.

ABCMeta keeps, per class, the set of registered virtual subclasses and two caches of
issubclass answers; the negative cache is invalidated whenever any ABC gains a virtual
subclass (the global "cache token" counts those registrations).
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):

    __isabstractmethod__ = True


# Bumped on every register(); negative caches older than this are stale.
_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


def _is_abstract(value):
    # classmethod, staticmethod and property report __isabstractmethod__ from what they wrap;
    # the wrapped functions are consulted directly too, so the answer does not depend on
    # those descriptors forwarding it.
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


def _abstract_names(cls):
    # Abstract names of cls: its own abstract attributes plus the inherited abstract names
    # that cls does not override with something concrete.
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _cache_token[0]
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _cache_token[0]
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _cache_token[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _cache_token[0]
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)
        print(f"_abc_cache: {cls._abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {cls._abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {cls._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()
