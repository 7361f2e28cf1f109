"""The loop binding shared by locks and queues: bound to the running loop on first use."""

from . import events

_global_lock = None


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class _StateValue:
    """A member of a small state set: what asyncio uses enum members for, without importing
    enum (name and value, compared by identity)."""

    __slots__ = ("_owner", "name", "value")

    def __init__(self, owner, name, value):
        self._owner = owner
        self.name = name
        self.value = value

    def __repr__(self):
        return f"<{self._owner}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{self._owner}.{self.name}"


def _states(owner, **members):
    """A namespace of _StateValue members: _states("_State", CREATED="created", ...)."""
    ns = type(owner, (), {})
    for name, value in members.items():
        setattr(ns, name, _StateValue(owner, name, value))
    return ns
