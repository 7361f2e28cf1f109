"""Low-level networking: the socket class of CPython's socket module, over the native _socket
module (descriptors of the interpreter's socket table, TCP through the host).

Internet sockets (AF_INET, AF_INET6) of type SOCK_STREAM are supported, and socketpair() (a
pair of connected AF_UNIX stream sockets inside the program). A host without networking (a
browser) refuses to create Internet sockets with OSError, as a system without them does.
"""

import _socket

__all__ = ["socket", "socketpair", "create_connection", "create_server", "has_dualstack_ipv6",
           "getaddrinfo", "gethostname", "gethostbyname", "getfqdn", "error", "timeout",
           "gaierror", "herror", "AddressFamily", "SocketKind", "SocketIO", "fromfd",
           "getdefaulttimeout", "setdefaulttimeout", "inet_aton", "inet_ntoa", "htons", "ntohs",
           "htonl", "ntohl"]


class _Named(int):
    """An int constant that shows its enumeration's name, as the IntEnums of CPython's socket
    module do (AddressFamily, SocketKind); plain classes here, so importing socket stays cheap."""

    __slots__ = ()
    _names = {}

    def __new__(cls, value):
        members = cls.__dict__.get("_members")
        if members is not None and value in members:
            return members[value]
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    @classmethod
    def _define(cls, **members):
        cls._members = {}
        cls.__members__ = {}
        for name, value in members.items():
            m = int.__new__(cls, value)
            cls._members[value] = m
            cls.__members__[name] = m
            cls._names = dict(cls._names)
            cls._names[value] = name
            setattr(cls, name, m)

    @property
    def name(self):
        return self._names[int(self)]

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (self.__class__.__name__, self.name, int(self))

    __str__ = int.__repr__
    __format__ = int.__format__

    def __reduce__(self):
        return self.__class__, (int(self),)


class AddressFamily(_Named):
    __slots__ = ()


class SocketKind(_Named):
    __slots__ = ()


class MsgFlag(_Named):
    __slots__ = ()


class AddressInfo(_Named):
    __slots__ = ()


AddressFamily._define(AF_UNSPEC=0, AF_UNIX=1, AF_INET=2, AF_INET6=10)
SocketKind._define(SOCK_STREAM=1, SOCK_DGRAM=2, SOCK_RAW=3, SOCK_SEQPACKET=5)
MsgFlag._define(MSG_OOB=1, MSG_PEEK=2, MSG_DONTWAIT=64, MSG_WAITALL=256)
AddressInfo._define(AI_PASSIVE=1, AI_CANONNAME=2, AI_NUMERICHOST=4, AI_NUMERICSERV=1024)

globals().update(AddressFamily.__members__)
globals().update(SocketKind.__members__)
globals().update(MsgFlag.__members__)
globals().update(AddressInfo.__members__)
AF_LOCAL = AF_UNIX
__all__.extend(AddressFamily.__members__)
__all__.extend(SocketKind.__members__)

SOL_SOCKET = 1
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_OOBINLINE = 10
SO_LINGER = 13
SO_REUSEPORT = 15
SO_RCVLOWAT = 18
SO_SNDLOWAT = 19
SO_RCVTIMEO = 20
SO_SNDTIMEO = 21
SO_ACCEPTCONN = 30
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPV6_V6ONLY = 26
TCP_NODELAY = 1
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7F000001
EAI_NONAME = -2
EAI_AGAIN = -3
EAI_FAMILY = -6
EAI_SERVICE = -8
has_ipv6 = True
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = "socket"

_GAI_MESSAGES = {-2: "Name or service not known", -3: "Temporary failure in name resolution",
                 -6: "ai_family not supported", -8: "Servname not supported for ai_socktype",
                 -9: "Address family for hostname not supported"}

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        if not hasattr(value, "__float__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % value.__class__.__name__)
    value = float(value)
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _gai_error(code):
    return gaierror(code, _GAI_MESSAGES.get(code, "Unknown error"))


def _numeric_addresses(host, family):
    """The numeric addresses of host (None/'' for any, 'localhost', a literal, or a name)."""
    found = _socket._lookup(host)
    if isinstance(found, int):
        raise _gai_error(found)
    if family in (AF_INET, AF_INET6):
        found = [f for f in found if f[0] == family]
        if not found:
            raise _gai_error(-9)
    return found


class socket:
    """A network socket (CPython's socket.socket: the methods of _socket.socket and those of
    socket.py)."""

    __slots__ = ["__weakref__", "_fd", "_family", "_type", "_proto", "_timeout", "_io_refs",
                 "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            raise OSError(22, "Invalid argument")
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        self._fd = -1
        self._closed = False
        self._io_refs = 0
        self._family = int(family)
        self._type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = int(proto)
        self._timeout = 0.0 if int(type) & SOCK_NONBLOCK else _default_timeout
        self._fd = _socket._open(self._family, self._type, self._proto)

    @classmethod
    def _from_fd(cls, fd, family, type, proto, timeout):
        s = cls.__new__(cls)
        s._fd = fd
        s._closed = False
        s._io_refs = 0
        s._family = family
        s._type = type
        s._proto = proto
        s._timeout = timeout
        return s

    # ---- attributes ----

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def fileno(self):
        return self._fd

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self._fd, self._family, self._type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    # ---- timeouts ----

    def _t(self):
        return -1 if self._timeout is None else self._timeout

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    # ---- addresses ----

    def _address(self, address, what):
        if self._family == AF_UNIX:
            raise OSError(95, "Operation not supported")
        fam = "AF_INET" if self._family == AF_INET else "AF_INET6"
        if not isinstance(address, tuple):
            raise TypeError("%s(): %s address must be tuple, not %s"
                            % (what, fam, address.__class__.__name__))
        if len(address) != 2 and (self._family == AF_INET or not 2 <= len(address) <= 4):
            raise TypeError("%s address must be a pair (host, port)" % fam
                            if self._family == AF_INET else
                            "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
        host, port = address[0], address[1]
        if not isinstance(host, str):
            raise TypeError("str, bytes or bytearray expected, not %s" % host.__class__.__name__)
        if not isinstance(port, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % port.__class__.__name__)
        if not 0 <= port <= 65535:
            raise OverflowError("%s(): port must be 0-65535." % what)
        if host == "":
            return host, port
        if host == "<broadcast>":
            raise OSError(22, "Invalid argument")
        return _numeric_addresses(host, self._family)[0][1], port

    def bind(self, address):
        host, port = self._address(address, "bind")
        _socket._bind(self._fd, host, port)

    def listen(self, backlog=128):
        _socket._listen(self._fd, backlog)

    def _accept(self):
        return _socket._accept(self._fd, self._t())

    def accept(self):
        fd, addr = _socket._accept(self._fd, self._t())
        # The new socket gets the default timeout (blocking), as socket.accept does.
        sock = socket._from_fd(fd, self._family, self._type, self._proto, _default_timeout)
        return sock, addr

    def connect(self, address):
        host, port = self._address(address, "connect")
        _socket._connect(self._fd, host or "127.0.0.1", port, self._t(), True)

    def connect_ex(self, address):
        host, port = self._address(address, "connect_ex")
        return _socket._connect(self._fd, host or "127.0.0.1", port, self._t(), False)

    def getsockname(self):
        return _socket._sockname(self._fd)

    def getpeername(self):
        return _socket._peername(self._fd)

    # ---- data ----

    def recv(self, bufsize, flags=0):
        return _socket._recv(self._fd, bufsize, flags, self._t())

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        view = memoryview(buffer)
        if nbytes == 0:
            nbytes = len(view)
        elif nbytes > len(view):
            raise ValueError("buffer too small for requested bytes")
        data = _socket._recv(self._fd, nbytes, flags, self._t())
        view[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0):
        return self.recv(bufsize, flags), None

    def send(self, data, flags=0):
        return _socket._send(self._fd, data, flags, self._t())

    def sendall(self, data, flags=0):
        _socket._send(self._fd, data, flags, self._t())

    def sendto(self, data, *args):
        return self.send(data)

    def shutdown(self, how):
        _socket._shutdown(self._fd, how)

    # ---- options ----

    def setsockopt(self, level, optname, value, optlen=None):
        if self._fd < 0:
            raise OSError(9, "Bad file descriptor")

    def getsockopt(self, level, optname, buflen=None):
        if self._fd < 0:
            raise OSError(9, "Bad file descriptor")
        if level == SOL_SOCKET and optname == SO_ERROR:
            return _socket._so_error(self._fd)
        if level == SOL_SOCKET and optname == SO_TYPE:
            return self._type
        if level == SOL_SOCKET and optname == SO_ACCEPTCONN:
            return 0
        return 0

    # ---- closing ----

    def _real_close(self):
        _socket._close(self._fd)
        self._fd = -1

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def dup(self):
        raise OSError(95, "Operation not supported")

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode
        if not reading and not writing:
            reading = True
        binary = "b" in mode
        self._io_refs += 1
        f = SocketIO(self, reading, writing)
        if binary:
            return f
        return _TextSocketFile(f, encoding or "utf-8", errors or "strict", newline)


class SocketIO:
    """A buffered binary file over a socket (socket.makefile in binary mode)."""

    def __init__(self, sock, reading, writing):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._buf = b""
        self._out = []
        self._closed = False
        self.mode = "rwb" if reading and writing else "rb" if reading else "wb"

    @property
    def closed(self):
        return self._closed

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    def _check(self, reading):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._reading:
            raise OSError("File not open for reading")
        if not reading and not self._writing:
            raise OSError("File not open for writing")

    def _fill(self):
        data = self._sock.recv(65536)
        self._buf += data
        return bool(data)

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
            return data
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check(True)
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readline(self, size=-1):
        self._check(True)
        while True:
            i = self._buf.find(b"\n")
            if i >= 0 or (size is not None and 0 <= size <= len(self._buf)):
                end = i + 1 if i >= 0 else len(self._buf)
                if size is not None and 0 <= size < end:
                    end = size
                line, self._buf = self._buf[:end], self._buf[end:]
                return line
            if not self._fill():
                line, self._buf = self._buf, b""
                return line

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        data = bytes(data)
        self._out.append(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._out and not self._closed:
            data = b"".join(self._out)
            self._out = []
            self._sock.sendall(data)

    def close(self):
        if self._closed:
            return
        try:
            self.flush()
        finally:
            self._closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _TextSocketFile:
    """A text file over a SocketIO (socket.makefile in text mode)."""

    def __init__(self, raw, encoding, errors, newline):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self._newline = newline

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def mode(self):
        return self.buffer.mode.replace("b", "")

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        return self._decode(self.buffer.read(size))

    def readline(self, size=-1):
        return self._decode(self.buffer.readline())

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % text.__class__.__name__)
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX stream sockets inside this program)."""
    if family is None:
        family = AF_UNIX
    if family != AF_UNIX:
        raise OSError(95, "Operation not supported")
    a, b = _socket._socketpair()
    return (socket._from_fd(a, AF_UNIX, SOCK_STREAM, 0, _default_timeout),
            socket._from_fd(b, AF_UNIX, SOCK_STREAM, 0, _default_timeout))


def fromfd(fd, family, type, proto=0):
    raise OSError(95, "Operation not supported")


def gethostname():
    return _socket.gethostname()


def getfqdn(name=""):
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    return name


def gethostbyname(hostname):
    if not isinstance(hostname, str):
        raise TypeError("str, bytes or bytearray expected, not %s" % hostname.__class__.__name__)
    return _numeric_addresses(hostname, AF_INET)[0][1]


def gethostbyname_ex(hostname):
    return hostname, [], [a for _, a in _numeric_addresses(hostname, AF_INET)]


_SERVICES = {"http": 80, "https": 443, "ftp": 21, "ssh": 22, "smtp": 25, "domain": 53}


def getservbyname(name, proto=None):
    try:
        return _SERVICES[name]
    except KeyError:
        raise OSError("service/proto not found") from None


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of 5-tuples (family, type, proto, canonname,
    sockaddr), for the socket types asked (all three when type is 0), as glibc orders them."""
    if isinstance(port, str):
        if port.isdigit():
            port = int(port)
        elif port in _SERVICES:
            port = _SERVICES[port]
        else:
            raise _gai_error(-8)
    elif port is None:
        port = 0
    elif not isinstance(port, int):
        raise OSError("Int or String expected")
    if isinstance(host, bytes):
        host = host.decode("idna")
    if host is None or host == "":
        if host == "" and not flags & AI_PASSIVE:
            raise _gai_error(-2)
        if flags & AI_PASSIVE:
            addrs = [(AF_INET, "0.0.0.0"), (AF_INET6, "::")]
        else:
            addrs = [(AF_INET6, "::1"), (AF_INET, "127.0.0.1")]
    else:
        addrs = _numeric_addresses(host, 0)
    if family not in (0, AF_INET, AF_INET6):
        raise _gai_error(-6)
    kinds = [(SOCK_STREAM, 6), (SOCK_DGRAM, 17), (SOCK_RAW, 0)]
    if type:
        kinds = [(k, p) for k, p in kinds if k == type]
    if proto:
        kinds = [(k, p) for k, p in kinds if p == proto or k == SOCK_RAW]
    out = []
    for fam, addr in addrs:
        if family and fam != family:
            continue
        sa = (addr, port) if fam == AF_INET else (addr, port, 0, 0)
        for kind, pr in kinds:
            out.append((_intenum_converter(fam, AddressFamily),
                        _intenum_converter(kind, SocketKind), pr, "", sa))
    if not out:
        raise _gai_error(-9)
    return out


def inet_aton(ip):
    parts = ip.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed)


def htons(x):
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "little"), "big")


ntohl = htonl

_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    """Connect to address (host, port), trying each address getaddrinfo gives, and return the
    socket (CPython's socket.create_connection)."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            raise exceptions[0]
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to address (CPython's socket.create_server)."""
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
