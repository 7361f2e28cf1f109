"""JSONEncoder (the documented API of json.encoder).

Chunks come out as CPython's pure-Python encoder yields them (json.JSONEncoder.iterencode is
observable); encode() without indent reports errors as the C accelerator words them.
"""

__all__ = ['JSONEncoder']

try:
    import _json
except ImportError:
    _json = None

INFINITY = float('inf')

# Escapes for characters below U+0020 and the two JSON metacharacters.
_ESCAPE = {i: '\\u%04x' % i for i in range(0x20)}
_ESCAPE.update({ord('\\'): '\\\\', ord('"'): '\\"', ord('\b'): '\\b', ord('\f'): '\\f',
                ord('\n'): '\\n', ord('\r'): '\\r', ord('\t'): '\\t'})

_ESCAPE_ASCII = dict(_ESCAPE)
_ESCAPE_ASCII[0x7F] = '\\u007f'


def encode_basestring(s):
    """JSON string literal of s, non-ASCII characters kept."""
    return '"' + s.translate(_ESCAPE) + '"'


def encode_basestring_ascii(s):
    """JSON string literal of s with only ASCII characters (\\uXXXX, surrogate pairs above the BMP)."""
    if s.isascii():
        # DEL is escaped too: only ' '..'~' pass unchanged (ascii_escape_unichar in _json.c).
        return '"' + s.translate(_ESCAPE_ASCII) + '"'
    out = []
    for c in s:
        n = ord(c)
        if n < 0x80:
            out.append(_ESCAPE_ASCII.get(n, c))
        elif n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures (see the json module documentation)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Returns a serializable object for o, or raises TypeError (override in subclasses)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        if _json is not None and type(self).iterencode is JSONEncoder.iterencode:
            # Plain data is encoded natively; None means the Python path must do it.
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            text = _json.encode(o, bool(self.ensure_ascii), self.item_separator,
                                self.key_separator, bool(self.sort_keys), bool(self.allow_nan),
                                indent)
            if text is not None:
                return text
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of chunks."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        w = _Writer(self, indent, _one_shot and indent is None)
        w.value(o, 0)
        return iter(w.out) if not _one_shot else w.out


class _Writer:
    """One encoding run: the settings, the chunks written so far and the containers being written."""

    def __init__(self, enc, indent, c_messages):
        self.out = []
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.allow_nan = enc.allow_nan
        self.c_messages = c_messages

    def float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.c_messages:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        # The text of a str/None/bool/int/float, or None for anything else.
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.default(o), level)
            self.leave(o)

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            buf += newline
        else:
            newline = None
            sep = self.item_sep
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(v)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                if isinstance(v, (list, tuple)):
                    self.array(v, level)
                elif isinstance(v, dict):
                    self.object(v, level)
                else:
                    self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave(lst)

    def key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        out.append('{')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            out.append(newline)
        else:
            newline = None
            sep = self.item_sep
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.string(k))
            out.append(self.key_sep)
            text = self.scalar(v)
            if text is not None:
                out.append(text)
            elif isinstance(v, (list, tuple)):
                self.array(v, level)
            elif isinstance(v, dict):
                self.object(v, level)
            else:
                self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave(dct)


if _json is not None:
    encode_basestring = _json.encode_basestring
    encode_basestring_ascii = _json.encode_basestring_ascii
