"""High-level file operations over os: copying files and trees, removing trees, moving, which.

Follows Lib/shutil.py's behaviour (return values, the errors raised and their messages) over the
os functions pyglass has; permission bits and times are not copied (os has no chmod or utime).
"""
import os
import stat as _stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SameFileError", "ignore_patterns", "which", "COPY_BUFSIZE"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile's source and destination name one file."""


class SpecialFileError(OSError):
    """The operation cannot be done on a special file (a pipe, a device)."""


def copyfileobj(fsrc, fdst, length=0):
    """Read fsrc in chunks of `length` (default COPY_BUFSIZE) and write each to fdst."""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the bytes of file src into file dst (created or truncated); returns dst."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        try:
            with open(dst, "wb") as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst (pyglass's os cannot set them: a check that both exist)."""
    sys.audit("shutil.copymode", src, dst)
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata (pyglass's os cannot set it: a check that both exist)."""
    sys.audit("shutil.copystat", src, dst)
    os.stat(src)
    os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    """copyfile, into the directory dst if it is one, then copymode; returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy, with copystat in place of copymode; returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def _translate_glob(pat):
    """A glob pattern (fnmatch's syntax: *, ?, [seq], [!seq]) as a regular expression."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                body = pat[i:j].replace("\\", "\\\\")
                i = j + 1
                if body.startswith("!"):
                    body = "^" + body[1:]
                elif body.startswith("^"):
                    body = "\\" + body
                out.append("[" + body + "]")
        else:
            import re
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree: it drops the names matching any of the glob patterns."""
    import re
    compiled = [re.compile(_translate_glob(p)) for p in patterns]

    def _ignore_patterns(path, names):
        ignored_names = []
        for name in names:
            if any(c.match(name) for c in compiled):
                ignored_names.append(name)
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory src and everything below it to dst (made with its parents); returns dst.

    Failures on single entries are gathered and raised together as Error([(src, dst, why), ...])."""
    sys.audit("shutil.copytree", src, dst)
    entries = sorted(os.listdir(src))
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), entries)
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in entries:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname) and not os.path.islink(fullname):
            _rmtree(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the directory path and everything below it.

    Errors are skipped with ignore_errors, passed to onerror(function, path, exc_info) when that
    is given, and raised otherwise."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    # As the descriptor-based rmtree does: lstat first, then list the directory.
    try:
        os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
            return
    if not os.path.isdir(path):
        try:
            raise NotADirectoryError(20, "Not a directory", path)
        except OSError:
            onerror(os.scandir, path, sys.exc_info())
        try:
            os.rmdir(path)
        except OSError:
            onerror(os.rmdir, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it when dst is a directory), by rename when possible and
    by copy then removal otherwise; returns where it went."""
    sys.audit("shutil.move", src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    try:
        st = os.stat(fn)
    except OSError:
        return False
    if _stat.S_ISDIR(st.st_mode):
        return False
    if mode & os.X_OK:
        return bool(st.st_mode & 0o111)
    return True


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd in the directories of `path` (default: $PATH) that is a regular
    file with an execute bit set, or None."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path)
        path = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        path = path.split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None
