"""Asynchronous I/O: an event loop, tasks, futures and their synchronization primitives,
running on pyglass's scheduler and clock."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

from . import base_events, events, futures, tasks

__all__ = (
    base_events.__all__
    + coroutines.__all__
    + events.__all__
    + exceptions.__all__
    + futures.__all__
    + locks.__all__
    + queues.__all__
    + runners.__all__
    + taskgroups.__all__
    + tasks.__all__
    + threads.__all__
    + timeouts.__all__
)


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop (its name is CPython's on Unix)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
EventLoop = SelectorEventLoop

__all__ += ("SelectorEventLoop", "DefaultEventLoopPolicy")
