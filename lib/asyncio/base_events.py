"""The event loop: ready callbacks, timers, and the idle wait until the next timer.

One pass of the loop (_run_once) follows CPython's: drop cancelled timers at the head of the
heap, wait (for I/O, or just for time to pass) until the earliest timer when nothing is
ready, move due timers to the ready queue, then run exactly the callbacks that were ready at
that moment (callbacks they schedule wait for the next pass).
"""

__all__ = ("BaseEventLoop", "Server")

import heapq
import math
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from .log import logger

try:
    import _thread
except ImportError:
    _thread = None

# Timers whose cancellation leaves the heap this crowded are swept out of it at once.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# socket's AF_UNSPEC, AI_PASSIVE and SOCK_STREAM, for default arguments without importing
# socket until a program uses the network.
_AF_UNSPEC = 0
_AI_PASSIVE = 1
_SOCK_STREAM = 1


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, "__self__", None), tasks.Task):
        return repr(cb.__self__)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is about to fail with it anyway.
            return
    futures._get_loop(fut).stop()


class _IdleWait:
    """Where the loop waits when nothing is ready: until its next timer, or until another
    thread wakes it (call_soon_threadsafe).

    With _thread, a lock acquired with a timeout does both, on the interpreter's clock (which
    is virtual in deterministic runs). Without it there is only this thread: the loop keeps a
    virtual clock of its own that jumps to the next timer, so sleeping costs no real time and
    timers fire in the order of their deadlines, whatever the host's speed.
    """

    def __init__(self):
        self._lock = None
        if _thread is not None:
            self._lock = _thread.allocate_lock()
            self._lock.acquire()
        self.virtual = self._lock is None
        self._now = time.monotonic()

    def time(self):
        return self._now if self.virtual else time.monotonic()

    def wait(self, timeout, deadline=None):
        if timeout is not None and timeout <= 0:
            return
        if timeout is not None:
            # CPython's selector (epoll) waits in whole milliseconds, rounded up, so timers due
            # within that millisecond fire in the same pass as the earliest one.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        if self.virtual:
            if timeout is None:
                raise RuntimeError("the event loop waits forever: no timer, no I/O and no other thread can wake it")
            # Jump to the deadline itself: now + (deadline - now) may round below it.
            self._now = max(self._now + timeout, deadline if deadline is not None else 0)
        elif timeout is None:
            self._lock.acquire()
        else:
            self._lock.acquire(True, timeout)

    def wake(self):
        if self._lock is not None:
            try:
                self._lock.release()
            except RuntimeError:
                pass


class BaseEventLoop(events.AbstractEventLoop):
    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        # Handles to run on the next pass, in order (a list swapped out by each pass).
        self._ready = []
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self.set_debug(_debug_from_env())
        # Callbacks running longer than this are logged in debug mode.
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._idle = _IdleWait()

    def __repr__(self):
        return (
            f"<{self.__class__.__name__} running={self.is_running()} "
            f"closed={self.is_closed()} debug={self.get_debug()}>"
        )

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError("Executor shutdown has been called")

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call",
                ResourceWarning,
                source=self,
            )
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler(
                    {
                        "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                        "exception": result,
                        "asyncgen": agen,
                    }
                )

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading

        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        get_hooks = getattr(sys, "get_asyncgen_hooks", None)
        old_agen_hooks = get_hooks() if get_hooks is not None else None
        try:
            self._thread_id = _thread.get_ident() if _thread is not None else 0
            if old_agen_hooks is not None:
                sys.set_asyncgen_hooks(
                    firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook
                )
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_agen_hooks is not None:
                sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception escaping here is raised to the caller; no "never retrieved" report.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # Mark the exception retrieved: it is being raised.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stop running the loop at the end of the current pass."""
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped. The loop must not be running."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        if self._debug:
            logger.debug("Close %r", self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        futures._report_unretrieved(self)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic(), or the loop's virtual clock (see _IdleWait)."""
        return self._idle.time()

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for callback(*args) to be called after delay seconds."""
        if delay is None:
            raise TypeError("delay must not be None")
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Arrange for callback(*args) to be called at the loop time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            # Like CPython, callbacks are only checked in debug mode.
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for callback(*args) to be called on the loop's next pass (FIFO)."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_soon")
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f"a callable object was expected by {method}(), got {callback!r}")

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def _check_thread(self):
        if self._thread_id is None or _thread is None:
            return
        if _thread.get_ident() != self._thread_id:
            raise RuntimeError("Non-thread-safe operation invoked on an event loop other than the current one")

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but callable from another thread: wakes the loop."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_soon_threadsafe")
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._idle.wake()
        return handle

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                import concurrent.futures

                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures

        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor")
        self._default_executor = executor

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the loop's exception handler (None: the default one)."""
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys, and the exception's traceback."""
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        exception = context.get("exception")
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        if (
            "source_traceback" not in context
            and self._current_handle is not None
            and self._current_handle._source_traceback
        ):
            context["handle_traceback"] = self._current_handle._source_traceback
        log_lines = [message]
        for key in sorted(context):
            if key in {"message", "exception"}:
                continue
            value = context[key]
            if key == "source_traceback":
                import traceback

                tb = "".join(traceback.format_list(value))
                value = "Object created at (most recent call last):\n" + tb.rstrip()
            elif key == "handle_traceback":
                import traceback

                tb = "".join(traceback.format_list(value))
                value = "Handle created at (most recent call last):\n" + tb.rstrip()
            else:
                value = repr(value)
            log_lines.append(f"{key}: {value}")
        logger.error("\n".join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Call the loop's exception handler with the context dict."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error("Exception in default exception handler", exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler(
                        {
                            "message": "Unhandled error in exception handler",
                            "exception": exc,
                            "context": context,
                        }
                    )
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error(
                        "Exception in default exception handler while handling an unexpected error "
                        "in custom exception handler",
                        exc_info=True,
                    )

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _process_events(self, event_list):
        pass

    def _select(self, timeout, deadline=None):
        # No I/O is registered: waiting is letting time pass until the next timer.
        self._idle.wait(timeout, deadline)
        return []

    def _run_once(self):
        """One pass of the loop: wait for the next event, then run what is ready."""
        sched_count = len(self._scheduled)
        if (
            sched_count > _MIN_SCHEDULED_TIMER_HANDLES
            and self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION
        ):
            # Many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False
        timeout = None
        deadline = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)
            if timeout < MAXIMUM_SELECT_TIMEOUT:
                deadline = when
        event_list = self._select(timeout, deadline)
        self._process_events(event_list)
        event_list = None
        # Timers due by now (within the clock's resolution) become ready.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        # Run only what is ready now: callbacks scheduled by these go to a fresh list and run
        # on the next pass. If one of them raises out of the loop (SystemExit), the rest of
        # this batch stays first in line, as it would in CPython's deque.
        batch = self._ready
        self._ready = []
        i = 0
        try:
            for handle in batch:
                i += 1
                if handle._cancelled:
                    continue
                if self._debug:
                    self._run_debug(handle)
                else:
                    handle._run()
        except BaseException:
            self._ready[:0] = batch[i:]
            raise
        handle = None

    def _run_debug(self, handle):
        # Debug mode: callbacks that run longer than slow_callback_duration are logged.
        try:
            self._current_handle = handle
            t0 = self.time()
            handle._run()
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                logger.warning("Executing %s took %.3f seconds", _format_handle(handle), dt)
        finally:
            self._current_handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


    # ---- networking (the socket operations themselves are in selector_events) ----

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        # Resolution of loopback names and literals never waits, so it runs in the loop
        # itself rather than in the default executor.
        import socket
        return socket.getaddrinfo(host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return sockaddr[0], str(sockaddr[1])

    async def _ensure_resolved(self, address, *, family=0, type=_SOCK_STREAM, proto=0,
                               flags=0, loop=None):
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])
        if info is not None:
            return [info]
        return await self.getaddrinfo(host, port, family=family, type=type, proto=proto,
                                      flags=flags)

    async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
        my_exceptions = []
        exceptions.append(my_exceptions)
        import socket
        family, type_, proto, _, address = addr_info
        sock = None
        try:
            sock = socket.socket(family=family, type=type_, proto=proto)
            sock.setblocking(False)
            if local_addr_infos is not None:
                for lfamily, _, _, _, laddr in local_addr_infos:
                    if lfamily != family:
                        continue
                    try:
                        sock.bind(laddr)
                        break
                    except OSError as exc:
                        msg = (f"error while attempting to bind on address {laddr!r}: "
                               f"{exc.strerror.lower()}")
                        exc = OSError(exc.errno, msg)
                        my_exceptions.append(exc)
                else:
                    if my_exceptions:
                        raise my_exceptions.pop()
                    raise OSError(f"no matching local address with family={family} found")
            await self.sock_connect(sock, address)
            return sock
        except OSError as exc:
            my_exceptions.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise
        finally:
            exceptions = my_exceptions = None

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        """Connect to host:port (or use sock) and answer (transport, protocol)."""
        import socket
        if ssl:
            raise NotImplementedError("TLS is not available")
        if server_hostname is not None:
            raise ValueError("server_hostname is only meaningful with ssl")
        if ssl_handshake_timeout is not None:
            raise ValueError("ssl_handshake_timeout is only meaningful with ssl")
        if ssl_shutdown_timeout is not None:
            raise ValueError("ssl_shutdown_timeout is only meaningful with ssl")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            infos = await self._ensure_resolved((host, port), family=family,
                                                type=socket.SOCK_STREAM, proto=proto,
                                                flags=flags, loop=self)
            if not infos:
                raise OSError("getaddrinfo() returned empty list")
            laddr_infos = None
            if local_addr is not None:
                laddr_infos = await self._ensure_resolved(local_addr, family=family,
                                                          type=socket.SOCK_STREAM,
                                                          proto=proto, flags=flags, loop=self)
                if not laddr_infos:
                    raise OSError("getaddrinfo() returned empty list")
            exceptions = []
            for addrinfo in infos:
                try:
                    sock = await self._connect_sock(exceptions, addrinfo, laddr_infos)
                    break
                except OSError:
                    continue
            if sock is None:
                exceptions = [exc for sub in exceptions for exc in sub]
                try:
                    if len(exceptions) == 1:
                        raise exceptions[0]
                    model = str(exceptions[0])
                    if all(str(exc) == model for exc in exceptions):
                        raise exceptions[0]
                    raise OSError("Multiple exceptions: {}".format(
                        ", ".join(str(exc) for exc in exceptions)))
                finally:
                    exceptions = None
        else:
            if sock is None:
                raise ValueError("host and port was not specified and no sock specified")
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A Stream Socket was expected, got {sock!r}")
        transport, protocol = await self._create_connection_transport(sock, protocol_factory)
        return transport, protocol

    async def _create_connection_transport(self, sock, protocol_factory, ssl=None,
                                           server_hostname=None, server_side=False):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=_AF_UNSPEC, flags=_AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        """A Server listening on host:port (every address of host; all interfaces for
        None or ''), or on sock."""
        import socket
        if isinstance(ssl, bool):
            raise TypeError("ssl argument must be an SSLContext or None")
        if ssl is not None:
            raise NotImplementedError("TLS is not available")
        if ssl_handshake_timeout is not None:
            raise ValueError("ssl_handshake_timeout is only meaningful with ssl")
        if ssl_shutdown_timeout is not None:
            raise ValueError("ssl_shutdown_timeout is only meaningful with ssl")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            if host == "":
                hosts = [None]
            elif isinstance(host, str) or not hasattr(host, "__iter__"):
                hosts = [host]
            else:
                hosts = host
            infos = []
            for h in hosts:
                infos.extend(await self._ensure_resolved((h, port), family=family,
                                                         type=socket.SOCK_STREAM, flags=flags,
                                                         loop=self))
            sockets = []
            completed = False
            try:
                seen = set()
                for res in infos:
                    if res in seen:
                        continue
                    seen.add(res)
                    af, socktype, proto, canonname, sa = res
                    sock = socket.socket(af, socktype, proto)
                    sockets.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if af == socket.AF_INET6:
                        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(sa)
                    except OSError as err:
                        raise OSError(err.errno, "error while attempting to bind on address "
                                      "%r: %s" % (sa, err.strerror.lower())) from None
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()
        else:
            if sock is None:
                raise ValueError("Neither host/port nor sock were specified")
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A Stream Socket was expected, got {sock!r}")
            sockets = [sock]
        for sock in sockets:
            sock.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout,
                        ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # Let the loop register the listening sockets before returning.
            await tasks.sleep(0)
        return server


def _debug_from_env():
    if sys.flags.dev_mode:
        return True
    try:
        import os
        return bool(os.environ.get("PYTHONASYNCIODEBUG"))
    except ImportError:
        return False


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The addrinfo of a numeric host (no resolution needed), else None."""
    import socket
    if proto not in {0, socket.IPPROTO_TCP, socket.IPPROTO_UDP} or host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None:
        port = 0
    elif isinstance(port, bytes) and port == b"":
        port = 0
    elif isinstance(port, str) and port == "":
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if isinstance(host, bytes):
        host = host.decode("idna")
    if "%" in host:
        return None
    if _is_ipv4(host) and family in (socket.AF_UNSPEC, socket.AF_INET):
        return socket.AF_INET, type, proto, "", (host, port)
    if ":" in host and family in (socket.AF_UNSPEC, socket.AF_INET6):
        return socket.AF_INET6, type, proto, "", (host, port, flowinfo, scopeid)
    return None


def _is_ipv4(host):
    parts = host.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts)


class Server(events.AbstractServer):
    """Listening sockets serving connections with a protocol factory (asyncio.Server)."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f"<{self.__class__.__name__} sockets={self.sockets!r}>"

    def _attach(self):
        assert self._sockets is not None
        self._active_count += 1

    def _detach(self):
        assert self._active_count > 0
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self._ssl_context, self,
                                      self._backlog, self._ssl_handshake_timeout,
                                      self._ssl_shutdown_timeout)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._sockets is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As in 3.11: once close() has run, this returns at once (the connections may still
        # be open).
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()
