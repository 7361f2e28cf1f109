"""The event loop over a selector: readiness callbacks for sockets (add_reader/add_writer),
the sock_* coroutines, servers and socket transports (CPython's asyncio.selector_events).

The selector and the self-pipe (a socketpair that call_soon_threadsafe writes to, so another
thread can wake a loop waiting in select) are made when the first socket is registered; a loop
that never touches a socket waits exactly as the base loop does, on its idle lock.
"""

__all__ = ("BaseSelectorEventLoop",)

import functools

from . import base_events
from . import events
from .log import logger

# selectors and socket are imported when the first socket is registered (see the module
# comment): a loop without sockets never needs them.
selectors = None
socket = None


def _load():
    global selectors, socket
    if socket is None:
        import selectors as _selectors
        import socket as _socket
        selectors = _selectors
        socket = _socket


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop that waits for timers and for socket readiness together."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selector
        self._ssock = None
        self._csock = None
        self._transports = {}

    # ---- the selector and the self-pipe ----

    def _ensure_selector(self):
        _load()
        if self._selector is None:
            self._selector = selectors.DefaultSelector()
        if self._ssock is None:
            self._ssock, self._csock = socket.socketpair()
            self._ssock.setblocking(False)
            self._csock.setblocking(False)
            self._internal_fds += 1
            self._selector.register(
                self._ssock.fileno(), selectors.EVENT_READ,
                (events.Handle(self._read_from_self, (), self, None), None))
        return self._selector

    def _read_from_self(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b"\0")
        except OSError:
            pass

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = super().call_soon_threadsafe(callback, *args, context=context)
        self._write_to_self()
        return handle

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()
        if self._ssock is not None:
            self._selector.unregister(self._ssock.fileno())
            self._ssock.close()
            self._ssock = None
            self._csock.close()
            self._csock = None
            self._internal_fds -= 1
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _select(self, timeout, deadline=None):
        sel = self._selector
        if sel is None or len(sel.get_map()) <= self._internal_fds:
            # Nothing but the self-pipe: wait on the idle lock (woken by call_soon_threadsafe).
            return super()._select(timeout, deadline)
        return sel.select(timeout)

    def _process_events(self, event_list):
        if not event_list:
            return
        for key, mask in event_list:
            fileobj, (reader, writer) = key.fileobj, key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(fileobj)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(fileobj)
                else:
                    self._ready.append(writer)

    # ---- readers and writers ----

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f"Invalid file object: {fd!r}") from None
        transport = self._transports.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(
                f"File descriptor {fd!r} is used by transport {transport!r}")

    # A selector key's data is the pair (reader handle, writer handle); SLOT is 0 for the reader
    # (EVENT_READ) and 1 for the writer (EVENT_WRITE). `selectors` is imported by
    # _ensure_selector, so the event is looked up only once a selector exists.
    def _add_handler(self, fd, slot, callback, args):
        self._check_closed()
        selector = self._ensure_selector()
        event = (selectors.EVENT_READ, selectors.EVENT_WRITE)[slot]
        handle = events.Handle(callback, args, self, None)
        try:
            key = selector.get_key(fd)
        except KeyError:
            data = [None, None]
            data[slot] = handle
            selector.register(fd, event, tuple(data))
        else:
            data = list(key.data)
            old = data[slot]
            data[slot] = handle
            selector.modify(fd, key.events | event, tuple(data))
            if old is not None:
                old.cancel()
        return handle

    def _remove_handler(self, fd, slot):
        if self.is_closed() or self._selector is None:
            return False
        event = (selectors.EVENT_READ, selectors.EVENT_WRITE)[slot]
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        mask = key.events & ~event
        data = list(key.data)
        old = data[slot]
        data[slot] = None
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(data))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_handler(fd, 0, callback, args)

    def _remove_reader(self, fd):
        return self._remove_handler(fd, 0)

    def _add_writer(self, fd, callback, *args):
        return self._add_handler(fd, 1, callback, args)

    def _remove_writer(self, fd):
        return self._remove_handler(fd, 1)

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._ensure_fd_no_transport(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    # ---- socket operations as coroutines ----

    def _check_nonblocking(self, sock):
        _load()
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from sock (a non-blocking socket)."""
        return await self._sock_read(sock, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receive into buf from sock; answer the number of bytes."""
        return await self._sock_read(sock, sock.recv_into, buf)

    async def _sock_read(self, sock, read, arg):
        # Try the read at once; if the socket has nothing yet, retry it whenever it is readable.
        self._check_nonblocking(sock)
        try:
            return read(arg)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, self._sock_read_ready, fut, read, arg)
        fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))
        return await fut

    def _sock_read_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_reader(fd)

    def _sock_read_ready(self, fut, read, arg):
        if fut.done():
            return
        try:
            result = read(arg)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def sock_sendall(self, sock, data):
        """Send all of data to sock."""
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_writer(fd, self._sock_sendall, fut, sock, memoryview(data), [n])
        fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))
        return await fut

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start

    def _sock_write_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_writer(fd)

    async def sock_connect(self, sock, address):
        """Connect sock to address."""
        self._check_nonblocking(sock)
        if sock.family == socket.AF_INET or sock.family == socket.AF_INET6:
            resolved = await self._ensure_resolved(
                address, family=sock.family, type=sock.type, proto=sock.proto, loop=self)
            _, _, _, _, address = resolved[0]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        try:
            return await fut
        finally:
            fut = None

    def _sock_connect(self, fut, sock, address):
        fd = sock.fileno()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            self._ensure_fd_no_transport(fd)
            handle = self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        finally:
            fut = None

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f"Connect call failed {address}")
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        finally:
            fut = None

    async def sock_accept(self, sock):
        """Accept a connection on sock: answer (conn, address)."""
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._ensure_fd_no_transport(fd)
            handle = self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    # ---- transports and servers ----

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        _load()
        from .selector_transport import _SelectorSocketTransport
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock,
                         sslcontext, server, backlog)

    def _accept_connection(self, protocol_factory, sock, sslcontext=None, server=None,
                           backlog=100):
        # Accept up to backlog connections that are waiting: each gets its transport in a task.
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return None
            except OSError as exc:
                self.call_exception_handler({
                    "message": "socket.accept() out of system resource",
                    "exception": exc,
                    "socket": sock,
                })
                return None
            extra = {"peername": addr}
            accept = self._accept_connection2(protocol_factory, conn, extra, sslcontext, server)
            self.create_task(accept)

    async def _accept_connection2(self, protocol_factory, conn, extra, sslcontext=None,
                                  server=None):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter=waiter, extra=extra,
                                                    server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            context = {
                "message": "Error on transport creation for incoming connection",
                "exception": exc,
            }
            if protocol is not None:
                context["protocol"] = protocol
            if transport is not None:
                context["transport"] = transport
            self.call_exception_handler(context)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()


def __getattr__(name):
    # The socket transport lives in selector_transport.py, loaded with the first connection.
    if name == "_SelectorSocketTransport":
        from .selector_transport import _SelectorSocketTransport
        return _SelectorSocketTransport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
