"""Source lines of files by name, cached (the interface of CPython's linecache).

Lines come from the interpreter's own reader, so they match what its traceback printer shows.
"""

import _pyglass_traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

# filename -> list of lines, each keeping its newline
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    # Files are not watched for changes: a cached text stays until clearcache().
    return None


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    text = _pyglass_traceback.read_source(filename)
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = lines
    return lines


def lazycache(filename, module_globals):
    return False
