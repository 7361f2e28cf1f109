"""In-memory streams and the text layer over binary streams (the interface of CPython's io:
StringIO, BytesIO, TextIOWrapper and the abstract base classes)."""

import builtins as _builtins

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

BlockingIOError = _builtins.BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"

def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "utf-8"
    return encoding


class IOBase:
    """The base of all streams: closing, iteration by lines, context management."""

    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (self.__class__.__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported("detach")


FileIO = RawIOBase
BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = BufferedIOBase


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %r" % (newline,))


def _universal(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _note_newlines(text, seen):
    # Which kinds of line ending text holds (a \r\n is not also a \r and a \n).
    crlf = text.count("\r\n")
    if crlf:
        seen.add("\r\n")
    if text.count("\r") > crlf:
        seen.add("\r")
    if text.count("\n") > crlf:
        seen.add("\n")


def _find_line_end(text, start, newline, limit):
    """The index just past the line starting at start (or the end of text)."""
    end = len(text) if limit < 0 else min(len(text), start + limit)
    if newline in (None, "\n"):
        i = text.find("\n", start, end)
        return end if i < 0 else i + 1
    if newline == "":
        i = start
        while i < end:
            c = text[i]
            if c == "\n":
                return i + 1
            if c == "\r":
                if i + 1 < len(text) and text[i + 1] == "\n" and i + 1 < end:
                    return i + 2
                return i + 1
            i += 1
        return end
    i = text.find(newline, start, end)
    if i < 0 or i + len(newline) > end:
        return end
    return i + len(newline)


class StringIO(TextIOBase):
    """A text stream in memory."""

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._value = ""
        self._pos = 0
        self._closed = False
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check_open()
        return self._value

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            _note_newlines(s, self._seen)
            s = _universal(s)
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return n
        v = self._value
        pos = self._pos
        if pos > len(v):
            v = v + "\0" * (pos - len(v))
        self._value = v[:pos] + s + v[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        size = size.__index__()
        v = self._value
        start = min(self._pos, len(v))
        end = len(v) if size < 0 else min(len(v), start + size)
        self._pos = max(self._pos, end) if start < len(v) else self._pos
        return v[start:end]

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        v = self._value
        start = self._pos
        if start >= len(v):
            return ""
        end = _find_line_end(v, start, self._newline, size)
        self._pos = end
        return v[start:end]

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_open()
        if pos is None:
            pos = self._pos
        pos = pos.__index__()
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        self._value = self._value[:pos]
        return pos

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        pass

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def newlines(self):
        self._check_open()
        if self._newline is not None or not self._seen:
            return None
        found = tuple(nl for nl in ("\r", "\n", "\r\n") if nl in self._seen)
        return found[0] if len(found) == 1 else found

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def __setstate__(self, state):
        # The value is restored as it was, without newline translation (stringio.c).
        value, newline, pos, extra = state
        self.__init__("", newline)
        self._value = value
        self._pos = pos
        if extra:
            self.__dict__.update(extra)

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class _BufferView:
    """The writable view BytesIO.getbuffer() returns; while it lives the stream cannot be
    resized (as a memoryview export pins CPython's buffer)."""

    def __init__(self, owner):
        self._owner = owner
        self._released = False
        owner._exports += 1

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def __len__(self):
        self._check()
        return len(self._owner._buf)

    @property
    def nbytes(self):
        self._check()
        return len(self._owner._buf)

    @property
    def readonly(self):
        return False

    def __getitem__(self, index):
        self._check()
        return self._owner._buf[index]

    def __setitem__(self, index, value):
        self._check()
        if isinstance(index, slice):
            data = bytes(value)
            if len(range(*index.indices(len(self._owner._buf)))) != len(data):
                raise ValueError("memoryview assignment: lvalue and rvalue have different "
                                 "structures")
        self._owner._buf[index] = value

    def tobytes(self):
        self._check()
        return bytes(self._owner._buf)

    def tolist(self):
        self._check()
        return list(self._owner._buf)

    def release(self):
        if not self._released:
            self._released = True
            self._owner._exports -= 1

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.release()

    def __bytes__(self):
        return self.tobytes()

    def __del__(self):
        try:
            self.release()
        except Exception:
            pass


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, _BufferView):
        return b.tobytes()
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)
        self._pos = 0
        self._closed = False
        self._exports = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_exports(self):
        if self._exports > 0:
            # Views nobody references any more count as released (CPython frees them at
            # once); a collection finds them.
            try:
                import gc

                gc.collect()
            except ImportError:
                pass
        if self._exports > 0:
            raise BufferError("Existing exports of data: object cannot be re-sized")

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return _BufferView(self)

    def write(self, b):
        self._check_open()
        data = _bytes_like(b)
        self._check_exports()
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += b"\0" * (pos - len(self._buf))
        buf = self._buf
        self._buf = bytearray(bytes(buf[:pos]) + data + bytes(buf[pos + n:]))
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        size = size.__index__()
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        if start < len(self._buf):
            self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readinto(self, b):
        self._check_open()
        data = self.read(len(b))
        n = len(data)
        for i in range(n):
            b[i] = data[i]
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        start = self._pos
        if start >= len(self._buf):
            return b""
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        i = self._buf.find(b"\n", start, end)
        if i >= 0:
            end = i + 1
        self._pos = end
        return bytes(self._buf[start:end])

    def readlines(self, hint=None):
        self._check_open()
        return IOBase.readlines(self, hint)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        self._check_exports()
        if size is None:
            size = self._pos
        size = size.__index__()
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = bytearray(bytes(self._buf[:size]))
        return size

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def close(self):
        if self._exports > 0:
            raise BufferError("Existing exports of data: object cannot be re-sized")
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)

    def __setstate__(self, state):
        value, pos, extra = state
        self.__init__(value)
        self._pos = pos
        if extra:
            self.__dict__.update(extra)

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunk boundaries."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = set()

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        if crlf:
            self._seen.add("\r\n")
        if cr:
            self._seen.add("\r")
        if lf:
            self._seen.add("\n")
        if self.translate:
            output = _universal(output)
        return output

    def reset(self):
        self._pendingcr = False
        self._seen = set()

    @property
    def newlines(self):
        found = tuple(nl for nl in ("\r", "\n", "\r\n") if nl in self._seen)
        if not found:
            return None
        return found[0] if len(found) == 1 else found


_BOM_FREE = {"utf-16": "utf-16-le", "utf16": "utf-16-le", "u16": "utf-16-le",
             "utf-32": "utf-32-le", "utf32": "utf-32-le", "u32": "utf-32-le",
             "utf-8-sig": "utf-8", "utf8-sig": "utf-8"}


def _without_bom(encoding):
    # The codec an encoding continues with after its byte order mark: an incremental encoder
    # writes the BOM once, at the start of the stream (little-endian, as on the hosts we run on).
    return _BOM_FREE.get(encoding.lower().replace("_", "-"), encoding)


class TextIOWrapper(TextIOBase):
    """A text stream over a binary stream: decodes, encodes and translates newlines."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None:
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        "".encode(encoding)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = None
        self._decoded_pos = 0
        self._seen = set()
        self._detached = False
        self._bom_written = False

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        found = tuple(nl for nl in ("\r", "\n", "\r\n") if nl in self._seen)
        if not found:
            return None
        return found[0] if len(found) == 1 else found

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    def _check_open(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def isatty(self):
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._decoded = None
        encoding = self._encoding
        if self._bom_written or (self._buffer.seekable() and self._buffer.tell() != 0):
            encoding = _without_bom(encoding)
        self._bom_written = True
        self._buffer.write(text.encode(encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return n

    def _fill(self):
        # Decodes what the buffer still holds, translating newlines on input.
        if self._decoded is None:
            raw = self._buffer.read()
            text = raw.decode(self._encoding, self._errors)
            _note_newlines(text, self._seen)
            self._raw_text = text
            if self._newline is None:
                text = _universal(text)
            self._decoded = text
            self._decoded_pos = 0

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        self._fill()
        text = self._decoded
        start = self._decoded_pos
        end = len(text) if size < 0 else min(len(text), start + size)
        self._decoded_pos = end
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        self._fill()
        text = self._decoded
        start = self._decoded_pos
        if start >= len(text):
            return ""
        newline = "\n" if self._newline is None else self._newline
        end = _find_line_end(text, start, newline, size)
        self._decoded_pos = end
        return text[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self._check_open()
        self._buffer.flush()

    def close(self):
        if not self._detached and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        self._detached = True
        return self._buffer

    def seek(self, cookie, whence=0):
        # The checks of _io_TextIOWrapper_seek_impl: only seeks to a tell() cookie, to the
        # current position or to the end.
        self._check_open()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = None
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._decoded = None
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._check_open()
        if self._decoded is not None:
            rest = self._raw_text[self._raw_index(self._decoded_pos):]
            return self._buffer.tell() - len(rest.encode(_without_bom(self._encoding),
                                                         self._errors))
        return self._buffer.tell()

    def _raw_index(self, i):
        # Where position i of the decoded text is in the text before newline translation
        # ("\r\n" became one "\n").
        raw = self._raw_text
        if len(raw) == len(self._decoded):
            return i
        j = 0
        for _ in range(i):
            j += 2 if raw.startswith("\r\n", j) else 1
        return j

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def __getstate__(self):
        raise TypeError("cannot pickle '_io.TextIOWrapper' object")

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def __repr__(self):
        result = "<_io.TextIOWrapper"
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            result += " name={0!r}".format(name)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += " mode={0!r}".format(mode)
        return result + " encoding={0!r}>".format(self._encoding)


# --- Files: FileIO over posix descriptors, the buffered layers and open() (Modules/_io) -----

import posix as _posix

_O_WRONLY = 0o1
_O_RDWR = 0o2
_O_CREAT = 0o100
_O_EXCL = 0o200
_O_TRUNC = 0o1000
_O_APPEND = 0o2000
_S_IFMT = 0o170000
_S_IFDIR = 0o040000


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(file).__name__)
    return fspath(file)


class FileIO(RawIOBase):
    """A raw binary file over a descriptor (follows _io_FileIO___init___impl in fileio.c)."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        rwa = False
        plus = False
        self._readable = self._writable = self._created = self._appending = False
        flags = 0
        for c in mode:
            if c in "rwxa":
                if rwa:
                    raise ValueError("Must have exactly one of create/read/write/append "
                                     "mode and at most one plus")
                rwa = True
                if c == "r":
                    self._readable = True
                elif c == "w":
                    self._writable = True
                    flags |= _O_CREAT | _O_TRUNC
                elif c == "x":
                    self._created = self._writable = True
                    flags |= _O_EXCL | _O_CREAT
                else:
                    self._appending = self._writable = True
                    flags |= _O_APPEND | _O_CREAT
            elif c == "+":
                if plus:
                    raise ValueError("Must have exactly one of create/read/write/append "
                                     "mode and at most one plus")
                self._readable = self._writable = True
                plus = True
            elif c != "b":
                raise ValueError("invalid mode: %s" % mode)
        if not rwa:
            raise ValueError("Must have exactly one of create/read/write/append "
                             "mode and at most one plus")
        if self._readable and self._writable:
            flags |= _O_RDWR
        elif self._writable:
            flags |= _O_WRONLY
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
            self.name = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            path = _fspath(file)
            if isinstance(path, bytes):
                path = path.decode("utf-8", "surrogateescape")
            self.name = file
            if opener is None:
                fd = _posix.open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
        self._closefd = closefd
        self._fd = fd
        try:
            st_mode = _posix._fstat(fd)[0]
        except OSError:
            st_mode = 0
        if st_mode & _S_IFMT == _S_IFDIR:
            if closefd:
                _posix.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, "Is a directory", file)
        if self._appending:
            _posix.lseek(fd, 0, 2)

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def _check(self, need=None):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")
        if need == "r" and not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if need == "w" and not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def read(self, size=-1):
        self._check("r")
        if size is None or size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        # Sized by fstat, as _io_FileIO_readall_impl does: one read takes a regular file's rest.
        self._check("r")
        try:
            left = _posix._fstat(self._fd)[1] - _posix.lseek(self._fd, 0, 1)
        except OSError:
            left = -1
        size = left + 1 if left >= 0 else DEFAULT_BUFFER_SIZE
        parts = []
        while True:
            chunk = _posix.read(self._fd, size)
            if not chunk:
                break
            parts.append(chunk)
            if left >= 0 and len(chunk) < size:
                break
            size = max(size, DEFAULT_BUFFER_SIZE)
        return b"".join(parts)

    def readinto(self, b):
        self._check("r")
        data = _posix.read(self._fd, len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check("w")
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return _posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check("w")
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _posix.close(fd)

    def __repr__(self):
        if self._fd < 0:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self._closefd)

    def __getstate__(self):
        raise TypeError("cannot pickle 'FileIO' object")


class _Buffered(BufferedIOBase):
    """The buffered layer over a raw file. Writes go straight to the raw file (nothing is held
    back), reads keep what a readline read ahead."""

    _kind = "Buffered"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self._ahead = b""
        self.buffer_size = buffer_size

    @property
    def raw(self):
        return self._raw

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    @property
    def closed(self):
        return self._raw.closed

    def _check(self, what):
        if self._raw.closed:
            raise ValueError(what + " of closed file")

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()

    def seekable(self):
        return self._raw.seekable()

    def _drop_ahead(self):
        # Moves the raw position back over bytes read ahead and not consumed.
        if self._ahead:
            self._raw.seek(-len(self._ahead), 1)
            self._ahead = b""

    def read(self, size=-1):
        self._check("read")
        if not self._raw.readable():
            raise UnsupportedOperation("read")
        if size is None or size < 0:
            data = self._ahead + self._raw.readall()
            self._ahead = b""
            return data
        if size <= len(self._ahead):
            data = self._ahead[:size]
            self._ahead = self._ahead[size:]
            return data
        # Reads whole buffers from the raw file and keeps what is left over, so the raw
        # position runs ahead of tell() as with CPython's buffered reader.
        parts = [self._ahead]
        need = size - len(self._ahead)
        self._ahead = b""
        while need > 0:
            chunk = self._raw.read(max(need, self.buffer_size))
            if not chunk:
                break
            if len(chunk) > need:
                self._ahead = chunk[need:]
                chunk = chunk[:need]
            parts.append(chunk)
            need -= len(chunk)
        return b"".join(parts)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check("peek")
        if not self._ahead:
            self._ahead = self._raw.read(self.buffer_size)
        return self._ahead

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check("readline")
        if size is None:
            size = -1
        parts = []
        total = 0
        while size < 0 or total < size:
            if not self._ahead:
                self._ahead = self._raw.read(self.buffer_size)
                if not self._ahead:
                    break
            end = self._ahead.find(b"\n")
            take = len(self._ahead) if end < 0 else end + 1
            if size >= 0:
                take = min(take, size - total)
            parts.append(self._ahead[:take])
            self._ahead = self._ahead[take:]
            total += take
            if end >= 0 and take == end + 1:
                break
        return b"".join(parts)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._raw.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __enter__(self):
        if self._raw.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def write(self, b):
        if self._raw.closed:
            raise ValueError("write to closed file")
        if not self._raw.writable():
            raise UnsupportedOperation("write")
        self._drop_ahead()
        data = bytes(b)
        done = 0
        while done < len(data):
            done += self._raw.write(data[done:])
        return len(data)

    def flush(self):
        self._check("flush")

    def seek(self, pos, whence=0):
        self._check("seek")
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self._raw.seek(pos, whence)

    def tell(self):
        return self._raw.tell() - len(self._ahead)

    def truncate(self, pos=None):
        self._check("truncate")
        self._drop_ahead()
        return self._raw.truncate(pos)

    def close(self):
        if not self._raw.closed:
            self._ahead = b""
            self._raw.close()

    def detach(self):
        self._drop_ahead()
        raw = self._raw
        self._raw = None
        return raw

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.%s>" % self._kind
        return "<_io.%s name=%r>" % (self._kind, name)

    def __getstate__(self):
        raise TypeError("cannot pickle '_io.%s' object" % self._kind)


class BufferedReader(_Buffered):
    _kind = "BufferedReader"


class BufferedWriter(_Buffered):
    _kind = "BufferedWriter"


class BufferedRandom(_Buffered):
    _kind = "BufferedRandom"


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def write(self, b):
        return self._writer.write(b)

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    @property
    def closed(self):
        return self._writer.closed


def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
          closefd=True, opener=None):
    """open(): checks the mode as _io_open_impl does, then layers FileIO, a buffered stream
    and (text modes) a TextIOWrapper."""
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("invalid file: %r" % (file,))
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s"
                        % type(errors).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and newline is not None:
        if not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
    rawmode = ((creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "")
               + (appending and "a" or "") + (updating and "+" or ""))
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, "UTF-8" if encoding is None else encoding, errors,
                             newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


open = _builtins.open


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


# The concrete classes live in CPython's C module _io, and name it as their module.
for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair,
             TextIOWrapper, StringIO, BytesIO, IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
del _cls
