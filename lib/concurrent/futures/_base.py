"""Futures, the executor interface, wait() and as_completed().

Written for pyglass from the documented behaviour of CPython 3.11's concurrent.futures.
"""

import collections
import sys
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

# A future is PENDING until a worker takes it (RUNNING) and FINISHED once it has a result or
# an exception. cancel() on a pending future makes it CANCELLED; the worker that would have
# run it then tells the waiters and moves it to CANCELLED_AND_NOTIFIED.
PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _StderrLogger:
    """Stands in for logging.getLogger("concurrent.futures") where there is no logging module:
    with no handler configured, logging prints the message and the traceback to stderr."""

    def _emit(self, msg, args, exc_info):
        stream = sys.stderr
        if stream is None:
            return
        stream.write((msg % args if args else msg) + "\n")
        if exc_info:
            import traceback

            traceback.print_exc(file=stream)
        stream.flush()

    def exception(self, msg, *args, exc_info=True):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._emit(msg, args, exc_info)

    error = critical


try:
    import logging

    LOGGER = logging.getLogger("concurrent.futures")
except ImportError:
    LOGGER = _StderrLogger()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


# --- Waiters: how wait() and as_completed() learn that futures finished ----------------------


class _Waiter:
    """Collects the futures that finish; event is set when the caller should look."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # as_completed() reads and clears finished_futures while workers add to it.
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    add_result = add_exception = add_cancelled = _add


class _FirstCompletedWaiter(_Waiter):
    def _add(self, future):
        self.finished_futures.append(future)
        self.event.set()

    add_result = add_exception = add_cancelled = _add


class _AllCompletedWaiter(_Waiter):
    """Wakes the caller when every pending future is done, or at the first exception."""

    def __init__(self, pending, stop_on_exception):
        super().__init__()
        self.pending = pending
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _one_less(self):
        with self.lock:
            self.pending -= 1
            if not self.pending:
                self.event.set()

    def add_result(self, future):
        self.finished_futures.append(future)
        self._one_less()

    def add_exception(self, future):
        self.finished_futures.append(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._one_less()

    def add_cancelled(self, future):
        self.finished_futures.append(future)
        self._one_less()


class _AcquireFutures:
    """Holds the conditions of several futures at once, in a fixed order (by id)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(f._state not in _DONE_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _hand_out(finished, waiter, sets):
    # Yields the futures of `finished` from its end, dropping each from `sets` and detaching
    # the waiter first, so that nothing keeps a handed-out future alive.
    while finished:
        future = finished[-1]
        for s in sets:
            s.remove(future)
        with future._condition:
            future._waiters.remove(waiter)
        del future
        yield finished.pop()


def as_completed(fs, timeout=None):
    """Yields the futures of fs (once each) as they complete: finished or cancelled."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = {f for f in fs if f._state in _DONE_STATES}
        pending = fs - finished
        waiter = _install_waiter(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _hand_out(finished, waiter, (fs,))
        while pending:
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # Handed out from the end: reversed, they come in the order they finished.
            finished.reverse()
            yield from _hand_out(finished, waiter, (fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of fs; returns the named pair of sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._condition._role = ("future", "Future.result")
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception("exception calling callback for %r", self)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    outcome = "raised " + self._exception.__class__.__name__
                else:
                    outcome = "returned " + self._result.__class__.__name__
                return "<%s at %#x state=%s %s>" % (name, id(self), state, outcome)
            return "<%s at %#x state=%s>" % (name, id(self), state)

    def cancel(self):
        """Cancels the future if it has not started; returns whether it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # The traceback would otherwise hold this frame and the future in a cycle.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (at once if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception("exception calling callback for %r", self)

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; raises what it raised."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._outcome()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._outcome()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or reports its cancellation to the
        waiters (False) if it was cancelled."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical("Future %s in unexpected state: %s", id(self), self._state)
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        """For executors: the call returned result."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


class Executor:
    """The interface of executors: submit() calls, map() over iterables, shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with every call submitted at once; the results come in
        order, and TimeoutError is raised if they are not all ready within timeout seconds.
        chunksize only matters to process pools."""
        if timeout is not None:
            deadline = time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A nested generator, so that every call is submitted before the first result is asked.
        def results():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; waits for running calls when wait is true."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer be used after a severe failure."""
