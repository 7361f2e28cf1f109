"""Execute computations asynchronously using threads or processes.

Written for pyglass from the documented behaviour of CPython 3.11's concurrent.futures
(https://docs.python.org/3.11/library/concurrent.futures.html).
"""

from concurrent.futures._base import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError,
    TimeoutError,
    InvalidStateError,
    BrokenExecutor,
    Future,
    Executor,
    wait,
    as_completed,
)

__all__ = (
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "CancelledError",
    "TimeoutError",
    "BrokenExecutor",
    "Future",
    "Executor",
    "wait",
    "as_completed",
    "ProcessPoolExecutor",
    "ThreadPoolExecutor",
)


def __dir__():
    return __all__ + ("__doc__",)


def __getattr__(name):
    # The executors are imported on first use, as in CPython (PEP 562 module __getattr__).
    global ProcessPoolExecutor, ThreadPoolExecutor
    if name == "ThreadPoolExecutor":
        from .thread import ThreadPoolExecutor

        return ThreadPoolExecutor
    if name == "ProcessPoolExecutor":
        from .process import ProcessPoolExecutor

        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
