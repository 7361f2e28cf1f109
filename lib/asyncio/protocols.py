"""Protocols: the callbacks a transport calls (CPython's asyncio.protocols)."""

__all__ = ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol",
           "BufferedProtocol")


class BaseProtocol:
    """What every protocol receives: the connection's start and end, and write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made; `transport` is the connection."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None for a normal end)."""

    def pause_writing(self):
        """The transport's buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received for each chunk, eof_received at the end."""

    __slots__ = ()

    def data_received(self, data):
        """Some data (bytes) arrived."""

    def eof_received(self):
        """The other end will send no more. A true answer keeps the transport open."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that supplies the buffer data is received into."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next read."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer."""

    def eof_received(self):
        """The other end will send no more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived."""

    def error_received(self, exc):
        """A send or receive operation failed."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for a subprocess's pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Data arrived on a pipe of the child."""

    def pipe_connection_lost(self, fd, exc):
        """A pipe of the child was closed."""

    def process_exited(self):
        """The child exited."""
