"""Thread-local data in Python, for a _thread module without _local.

Written for pyglass from the documented behaviour of threading.local
(https://docs.python.org/3.11/library/threading.html#thread-local-data): every thread sees its
own attributes, and a subclass's __init__ runs again, with the constructor's arguments, the
first time each thread touches the object. The instance's __dict__ is switched to the calling
thread's dictionary around every attribute access.

Unlike CPython's version this one has no weak references to clean up after finished threads:
their dictionaries live as long as the object.
"""

from _thread import get_ident, allocate_lock

__all__ = ["local"]


class _LocalState:
    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}
        # Reentrant by hand: __init__ of a subclass touches attributes while the switch holds.
        self.lock = allocate_lock()
        self.owner = None
        self.depth = 0


class _Switched:
    """Holds the object's lock with the calling thread's dictionary installed."""

    def __init__(self, obj):
        self.obj = obj

    def __enter__(self):
        obj = self.obj
        state = object.__getattribute__(obj, "_local__state")
        me = get_ident()
        if state.owner == me:
            state.depth += 1
            return
        state.lock.acquire()
        state.owner = me
        state.depth = 1
        d = state.dicts.get(me)
        if d is None:
            d = state.dicts[me] = {}
            object.__setattr__(obj, "__dict__", d)
            init = type(obj).__init__
            if init is not object.__init__:
                try:
                    init(obj, *state.args, **state.kwargs)
                except BaseException:
                    self.__exit__(None, None, None)
                    raise
        else:
            object.__setattr__(obj, "__dict__", d)

    def __exit__(self, *exc):
        state = object.__getattribute__(self.obj, "_local__state")
        state.depth -= 1
        if state.depth == 0:
            state.owner = None
            state.lock.release()


class local:
    __slots__ = ("_local__state", "__dict__")

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, "_local__state", state)
        # The creating thread's dictionary is the one the instance was born with; __init__
        # runs for it through the ordinary constructor call.
        state.dicts[get_ident()] = object.__getattribute__(self, "__dict__")
        return self

    def __getattribute__(self, name):
        with _Switched(self):
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with _Switched(self):
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with _Switched(self):
            return object.__delattr__(self, name)
