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
from .unix_events import *

from . import base_events, events, futures, tasks

# Streams, protocols and transports are loaded on first use: most programs never touch a
# socket, and compiling them (with socket and selectors) would slow every asyncio import.
_LAZY = {
    "streams": ("StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection",
                "start_server"),
    "protocols": ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol",
                  "BufferedProtocol"),
    "transports": ("BaseTransport", "ReadTransport", "WriteTransport", "Transport",
                   "DatagramTransport", "SubprocessTransport"),
}
_LAZY_ALL = tuple(name for names in _LAZY.values() for name in names)


def __getattr__(name):
    for module, names in _LAZY.items():
        if name in names or name == module:
            import importlib
            mod = importlib.import_module("." + module, __name__)
            value = mod if name == module else getattr(mod, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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
    + unix_events.__all__
    + _LAZY_ALL
)

