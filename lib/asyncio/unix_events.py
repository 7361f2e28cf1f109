"""The event loop and policy of Unix (CPython's asyncio.unix_events): the selector loop."""

__all__ = ("SelectorEventLoop", "DefaultEventLoopPolicy")

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The default event loop (its name is CPython's on Unix)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
