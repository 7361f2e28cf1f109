"""Regular expressions with Python's syntax (the re module of CPython 3.11).

Patterns are translated to the host's regular-expression engine by the native _re module
(src/modules/re-translate.ts), whose Pattern and Match types do the matching; this module adds
the module functions, replacement templates, the cache, the flags and the rest of the API.
"""

import _re


__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# Flag bits, in the order RegexFlag prints them (the definition order of CPython's enum).
_FLAG_NAMES = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
    ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
]
_FLAG_REPR_ORDER = ["ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL",
                    "VERBOSE", "TEMPLATE", "DEBUG"]


class RegexFlag(int):
    """The re flags: ints that print as their names (re.IGNORECASE|re.MULTILINE)."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        value = int(self)
        bits = dict(_FLAG_NAMES)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append(name)
        return names

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        known = 0
        names = []
        for name in _FLAG_REPR_ORDER:
            bit = dict(_FLAG_NAMES)[name]
            if value & bit:
                names.append("re." + name)
                known |= bit
        if value & ~known:
            names.append(hex(value & ~known))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """A pattern or template that is not a valid regular expression.

    msg, pattern and pos are the parts of the message; lineno and colno locate pos.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


_MAXSIZE = 2 ** 63 - 1


# re.Pattern and re.Match are native (src/modules/re-objects.ts: matching, groups, spans,
# finditer, findall, split); the classes below add the methods written in Python.
class Pattern:
    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    @property
    def _empty(self):
        return b"" if self._bytes else ""

    def subn(self, repl, string, count=0):
        """(new string, number of replacements made)."""
        if callable(repl):
            fn = repl
            literal = None
        else:
            literal, fn = _template(self, repl)
        if count < 0:
            return string[:], 0
        if literal is not None and isinstance(literal, (str, bytes)):
            return _re.sub_literal(self, string, literal, count)
        if literal is not None:
            # A bytearray template: the pieces are joined as bytes.
            fn = lambda m: literal
        # The pieces between the matches and fn's results (None left out); a result of the
        # wrong type fails in the join, with its message.
        pieces, n = _re.sub_call(self, fn, string, count)
        return (b"" if self._bytes else "").join(pieces), n

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template or a function of the Match)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("pyglass re: Pattern.scanner is not supported")


Pattern = _re.extend(_re.Pattern, Pattern)


class Match:
    def expand(self, template):
        """template with its group references replaced by this match's groups."""
        literal, fn = _template(self.re, template)
        return literal if literal is not None else fn(self)


Match = _re.extend(_re.Match, Match)

_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(pattern, repl):
    """A template as a list of literal pieces (str) and group numbers (int), as sre_parse
    parse_template reads it: \\g<name>, \\g<n>, \\n, octal escapes and the C escapes."""
    is_bytes = isinstance(repl, (bytes, bytearray))
    text = repl.decode("latin-1") if is_bytes else repl
    items = []
    lit = []
    i = 0
    n = len(text)

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            close = text.find(">", i + 1)
            if close < 0:
                raise err("missing >, unterminated name", i + 1)
            name = text[i + 1:close]
            if not name:
                raise err("missing group name", i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group >= 2 ** 30:
                    raise err("invalid group reference %d" % group, i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name %r" % name)
                group = pattern._groupindex[name]
            else:
                raise err("bad character in group name %r" % name, i + 1)
            if group > pattern.groups:
                raise err("invalid group reference %d" % group, i + 1)
            i = close + 1
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in "01234567":
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8)))
        elif c in "123456789":
            digits = c
            if i < n and text[i] in "0123456789":
                digits += text[i]
                i += 1
                if (i < n and text[i] in "01234567" and digits[0] in "01234567"
                        and digits[1] in "01234567"):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % digits,
                                  start)
                    lit.append(chr(value))
                    continue
            group = int(digits)
            if group > pattern.groups:
                raise err("invalid group reference %d" % group, start + 1)
        elif c in _SIMPLE_ESCAPES:
            lit.append(_SIMPLE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise err("bad escape \\%s" % c, start)
        else:
            lit.append("\\" + c)
        if group is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(group)
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


_template_cache = {}


def _template(pattern, repl):
    """(literal, None) when repl has no group references, else (None, a function of a Match)."""
    key = (pattern, type(repl), repl)
    hit = _template_cache.get(key)
    if hit is not None:
        return hit
    if isinstance(repl, str):
        if pattern._bytes:
            raise TypeError("expected a bytes-like object, str found")
    elif isinstance(repl, (bytes, bytearray)):
        if not pattern._bytes:
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
    else:
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    if "\\" not in (repl if isinstance(repl, str) else repl.decode("latin-1")):
        result = (repl, None)
    else:
        items = _parse_template(pattern, repl)
        empty = pattern._empty
        if all(not isinstance(x, int) for x in items):
            result = (empty.join(items), None)
        else:
            def expand(m):
                out = []
                for x in items:
                    if isinstance(x, int):
                        text = m.group(x)
                        out.append(empty if text is None else text)
                    else:
                        out.append(x)
                return empty.join(out)
            result = (None, expand)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = result
    return result


_cache = {}
_MAXCACHE = 512
# The module functions below look a str pattern without flags up in _str_cache themselves
# before calling _compile: one Python call less on the common hit.


# The entries of _cache for str patterns without flags, by pattern text alone: the common hit
# of the module functions (re.search(r"...", s)) without building and hashing a key tuple.
_str_cache = {}


def _compile(pattern, flags):
    if type(flags) is int and flags == 0 and type(pattern) is str:
        p = _str_cache.get(pattern)
        if p is not None:
            return p
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _re.compile(pattern, flags)
    if type(p) is tuple:
        raise error(p[1], pattern, p[2])
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry (dicts keep insertion order).
        oldest = next(iter(_cache))
        del _cache[oldest]
        if oldest[0] is str and oldest[2] == 0:
            _str_cache.pop(oldest[1], None)
    _cache[key] = p
    if key[0] is str and flags == 0:
        _str_cache[pattern] = p
    return p


def compile(pattern, flags=0):
    """Compiles a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if pattern matches at the start of string, else None."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.match(string)
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if pattern matches all of string, else None."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.fullmatch(string)
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of pattern in string, else None."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.search(string)
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.sub(repl, string, count)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(string with the matches replaced, number of replacements)."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.subn(repl, string, count)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the matches of pattern."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.split(string, maxsplit)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of pattern in string."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.findall(string)
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p.finditer(string)
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clears the pattern and template caches."""
    _cache.clear()
    _str_cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compiles a template pattern (deprecated in CPython 3.11)."""
    return _compile(pattern, flags | TEMPLATE)


# Characters escape() leaves alone: ASCII letters, digits and '_' (everything else in the
# special set below gets a backslash).
_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with the regular-expression metacharacters backslashed."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
