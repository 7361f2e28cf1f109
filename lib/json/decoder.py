"""JSONDecoder and JSONDecodeError (the documented API of json.decoder)."""
from json.scanner import make_scanner, scanstring

try:
    import _json
except ImportError:
    _json = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """ValueError subclass with the document and the position where parsing failed.

    msg, doc, pos, lineno and colno are attributes, as documented.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


def _skip(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


class JSONDecoder(object):
    """Simple JSON decoder (see the json module documentation for the conversion table)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)
        self._native = (_json is not None and object_hook is None and object_pairs_hook is None
                        and self.parse_float is float and self.parse_int is int
                        and parse_constant is None and strict is True)

    def decode(self, s, _w=None):
        """Returns the Python value of the JSON document s (a str)."""
        if self._native and type(s) is str and type(self).raw_decode is JSONDecoder.raw_decode:
            # Default settings parse natively; errors are reported by the Python scanner.
            result = _json.decode(s)
            if result is not None:
                return result[0]
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes a JSON document at the start of s; returns (value, index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
