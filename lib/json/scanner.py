"""The JSON scanner: turns text into Python values.

Reproduces the C accelerator of CPython's json (Modules/_json.c): the error messages, the
positions they report and the StopIteration(idx) a scanner raises where no value starts.
"""

__all__ = ['make_scanner']

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _error(msg, doc, pos):
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, doc, pos)


def _hex4(s, pos):
    # Four hex digits at pos, or None (follows scanstring_unicode's \u handling).
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return None
    for c in digits:
        if c not in _HEX:
            return None
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decodes the string whose opening quote is at end - 1; returns (str, index after it)."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        # The longest run of ordinary characters, found with str.find for speed.
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        run = s[end:stop]
        if strict:
            for i, c in enumerate(run):
                if c < ' ':
                    raise _error("Invalid control character at", s, end + i)
        chunks.append(run)
        end = stop
        if end >= n:
            raise _error("Unterminated string starting at", s, begin)
        if s[end] == '"':
            return ''.join(chunks), end + 1
        # A backslash escape.
        end += 1
        if end >= n:
            raise _error("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _ESCAPES.get(esc)
            if ch is None:
                raise _error("Invalid \\escape", s, end - 1)
            chunks.append(ch)
            end += 1
            continue
        u = _hex4(s, end + 1)
        if u is None:
            raise _error("Invalid \\uXXXX escape", s, end)
        end += 5
        if 0xD800 <= u <= 0xDBFF and s[end:end + 2] == '\\u':
            lo = _hex4(s, end + 2)
            if lo is None:
                raise _error("Invalid \\uXXXX escape", s, end + 1)
            if 0xDC00 <= lo <= 0xDFFF:
                u = 0x10000 + (((u - 0xD800) << 10) | (lo - 0xDC00))
                end += 6
        chunks.append(chr(u))


def _skip(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def make_scanner(context):
    """A scan_once(string, idx) -> (value, end) function using the decoder's settings."""
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = {}
    default_float = parse_float is float
    default_int = parse_int is int

    def number(s, idx):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? as _match_number_unicode reads it.
        n = len(s)
        start = idx
        if idx < n and s[idx] == '-':
            idx += 1
        if idx >= n or s[idx] not in _DIGITS:
            raise StopIteration(start)
        if s[idx] == '0':
            idx += 1
        else:
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n and s[idx] in 'eE':
            e = idx + 1
            if e < n and s[e] in '-+':
                e += 1
            if e < n and s[e] in _DIGITS:
                is_float = True
                idx = e + 1
                while idx < n and s[idx] in _DIGITS:
                    idx += 1
        text = s[start:idx]
        if is_float:
            return (float(text) if default_float else parse_float(text)), idx
        return (int(text) if default_int else parse_int(text)), idx

    def parse_object(s, idx):
        pairs = []
        n = len(s)
        idx = _skip(s, idx)
        if idx < n and s[idx] == '}':
            idx += 1
        else:
            while True:
                if idx >= n or s[idx] != '"':
                    raise _error("Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                key = memo.setdefault(key, key)
                idx = _skip(s, idx)
                if idx >= n or s[idx] != ':':
                    raise _error("Expecting ':' delimiter", s, idx)
                idx = _skip(s, idx + 1)
                value, idx = scan(s, idx)
                pairs.append((key, value))
                idx = _skip(s, idx)
                if idx < n and s[idx] == '}':
                    idx += 1
                    break
                if idx >= n or s[idx] != ',':
                    raise _error("Expecting ',' delimiter", s, idx)
                idx = _skip(s, idx + 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        obj = dict(pairs)
        if object_hook is not None:
            obj = object_hook(obj)
        return obj, idx

    def parse_array(s, idx):
        values = []
        n = len(s)
        idx = _skip(s, idx)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            value, idx = scan(s, idx)
            values.append(value)
            idx = _skip(s, idx)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise _error("Expecting ',' delimiter", s, idx)
            idx = _skip(s, idx + 1)

    def scan(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1)
        if c == '[':
            return parse_array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return parse_constant('-Infinity'), idx + 9
        return number(s, idx)

    def scan_once(string, idx):
        try:
            return scan(string, idx)
        finally:
            memo.clear()

    return scan_once
