"""Operating-system interfaces (the portable core of CPython's os), over the host layer in
the native posix module."""

import sys
import posix as _posix
import posixpath as path

__all__ = ["name", "sep", "pathsep", "linesep", "curdir", "pardir", "extsep", "altsep",
           "defpath", "devnull", "environ", "getenv", "fspath", "fsencode", "fsdecode",
           "getcwd", "getcwdb", "listdir", "getpid", "urandom", "path", "PathLike",
           "error", "scandir", "walk", "sep"]

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull  # noqa

error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class PathLike:
    """Abstract base class for objects with an __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class _Environ:
    """os.environ: the host's environment at start-up, changed only inside this program."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ", ".join("{!r}: {!r}".format(k, v) for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            return self._data.pop(key)
        if default is self._marker:
            raise KeyError(key)
        return default

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _posix.getcwd()


def getcwdb():
    return _posix.getcwd().encode("utf-8", "surrogateescape")


def getpid():
    # The host does not report a process id; programs only compare it with itself.
    return 1


def getppid():
    return 0


def urandom(size):
    return _posix.urandom(size)


def cpu_count():
    return None


def _as_str(p):
    p = fspath(p)
    if isinstance(p, bytes):
        return p.decode("utf-8", "surrogateescape"), True
    return p, False


def listdir(path="."):
    p, as_bytes = _as_str(path)
    kind = _posix._kind(p)
    if kind is None:
        raise FileNotFoundError(2, "No such file or directory", path)
    if kind != "dir":
        raise NotADirectoryError(20, "Not a directory", path)
    names = _posix._listdir(p)
    if names is None:
        raise PermissionError(1, "Operation not permitted", path)
    if as_bytes:
        return [n.encode("utf-8", "surrogateescape") for n in names]
    return names


class DirEntry:
    __slots__ = ("name", "path", "_kind")

    def __init__(self, name, path, kind):
        self.name = name
        self.path = path
        self._kind = kind

    def is_dir(self, *, follow_symlinks=True):
        return self._kind == "dir"

    def is_file(self, *, follow_symlinks=True):
        return self._kind == "file"

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path="."):
    entries = []
    for n in listdir(path):
        full = _join(path, n)
        entries.append(DirEntry(n, full, _posix._kind(_as_str(full)[0])))
    return _ScandirIterator(entries)


def _join(a, b):
    return path.join(a, b)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


def strerror(code):
    messages = {1: "Operation not permitted", 2: "No such file or directory",
                13: "Permission denied", 17: "File exists", 20: "Not a directory",
                21: "Is a directory", 22: "Invalid argument"}
    return messages.get(code, "Unknown error %d" % code)


# --- Files and directories (posixmodule.c's open, read, stat, mkdir, ...) ---------------------

O_RDONLY = 0
O_WRONLY = 0o1
O_RDWR = 0o2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000


def open(path, flags, mode=0o777, *, dir_fd=None):
    p, _ = _as_str(path)
    return _posix.open(p, flags, mode)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


read = _posix.read
write = _posix.write
lseek = _posix.lseek
close = _posix.close
ftruncate = _posix.ftruncate


class stat_result(tuple):
    """The fields of stat(2) programs use; the ones the host does not report are 0."""

    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, int(v)) for n, v in zip(names, self))


def _stat_result(t):
    mode, size, mtime = t
    return stat_result((mode, 0, 0, 1, 0, 0, size, mtime, mtime, mtime))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return _stat_result(_posix._fstat(path))
    p, _ = _as_str(path)
    try:
        return _stat_result(_posix._stat(p))
    except OSError as e:
        e.filename = path
        raise


def lstat(path, *, dir_fd=None):
    return stat(path)


def fstat(fd):
    return _stat_result(_posix._fstat(fd))


def _path_call(fn, path, *rest):
    p, _ = _as_str(path)
    try:
        return fn(p, *rest)
    except OSError as e:
        e.filename = path
        raise


def chdir(path):
    _path_call(_posix.chdir, path)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _path_call(_posix.mkdir, path, mode)


def rmdir(path, *, dir_fd=None):
    _path_call(_posix.rmdir, path)


def unlink(path, *, dir_fd=None):
    _path_call(_posix.unlink, path)


remove = unlink


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    a, _ = _as_str(src)
    b, _ = _as_str(dst)
    try:
        _posix.rename(a, b)
    except OSError as e:
        e.filename = src
        e.filename2 = dst
        raise


replace = rename


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and the missing ones above it (as CPython's os.makedirs)."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then the empty ones above it (as CPython's os.removedirs)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)
