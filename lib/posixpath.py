"""Pathname operations on POSIX paths (the interface of CPython's posixpath, for str and
bytes paths alike)."""

import posix as _posix

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "exists", "lexists", "isdir", "isfile",
           "islink", "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "realpath", "relpath", "commonpath", "samefile", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "supports_unicode_filenames"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    path = fspath(p)
    if isinstance(path, (str, bytes)):
        return path
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        type(p).__name__, type(path).__name__))


def _seps(path):
    if isinstance(path, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike "
                            f"object, not {s.__class__.__name__!r}") from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep_ = b"/", b"."
    else:
        sep, extsep_ = "/", "."
    # The extension starts at the last dot of the last component, unless every character
    # before that dot is a dot (leading dots make hidden names, not extensions).
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep_)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep_:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    sep, curdir_, pardir_ = _seps(path)
    empty = path[:0]
    if not path:
        return curdir_
    # POSIX keeps exactly two leading slashes (implementation-defined), folds three or more.
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, curdir_):
            continue
        if (comp != pardir_ or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == pardir_)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir_


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _posix.getcwd().encode("utf-8", "surrogateescape")
        else:
            cwd = _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    # No symbolic links are visible through the host: the absolute path is the real one.
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, curdir_, pardir_ = _seps(path)
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    sep, curdir_, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


def _kind(path):
    try:
        path = _fspath(path)
    except TypeError:
        return None
    if isinstance(path, bytes):
        path = path.decode("utf-8", "surrogateescape")
    return _posix._kind(path)


def exists(path):
    return _kind(path) is not None


def lexists(path):
    return exists(path)


def isfile(path):
    return _kind(path) == "file"


def isdir(s):
    return _kind(s) == "dir"


def islink(path):
    return False


def ismount(path):
    return abspath(path) in ("/", b"/")


def getsize(filename):
    import os

    return os.stat(filename).st_size


def samefile(f1, f2):
    return abspath(f1) == abspath(f2)


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os

    userhome = os.environ.get("HOME")
    if userhome is None:
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode("utf-8", "surrogateescape")
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if "$" not in path:
        return path
    import os

    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end if name else i + 1
        if not name:
            pass
    return "".join(out)
