"""String constants, capwords, and the Template and Formatter classes (the string module)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join the words with sep (a single space
    when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------

try:
    import re as _re
except ImportError:
    _re = None

_sentinel_dict = {}

_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _re.IGNORECASE if _re is not None else 2

    def __init__(self, template):
        self.template = template

    @classmethod
    def _compiled(cls):
        # Compiled on first use and cached per class: a subclass's own `pattern` (string or
        # compiled) wins, otherwise one is built from delimiter, idpattern, braceidpattern.
        cached = cls.__dict__.get("_pattern_cache")
        if cached is not None:
            return cached
        pattern = getattr(cls, "pattern", None)
        if pattern is None:
            delim = _re.escape(cls.delimiter)
            id_ = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = (
                f"{delim}(?:"
                f"(?P<escaped>{delim})|"
                f"(?P<named>{id_})|"
                f"{{(?P<braced>{bid})}}|"
                f"(?P<invalid>)"
                f")"
            )
        if isinstance(pattern, str):
            pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)
        cls._pattern_cache = pattern
        return pattern

    def _uses_defaults(self):
        cls = type(self)
        return (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
                and getattr(cls, "pattern", None) is None)

    def _matches(self):
        # (start, end, kind, name) for every placeholder, kind being "escaped", "named",
        # "braced" or "invalid".
        if _re is None and self._uses_defaults():
            return _scan_default(self.template, type(self).delimiter)
        result = []
        for mo in type(self)._compiled().finditer(self.template):
            groups = mo.groupdict()
            for kind in ("named", "braced", "escaped", "invalid"):
                value = groups.get(kind)
                if value is not None:
                    result.append((mo.start(), mo.end(), kind, value, mo.start(kind)))
                    break
            else:
                raise ValueError("Unrecognized named group in pattern", type(self)._compiled().pattern)
        return result

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        pieces = []
        pos = 0
        template = self.template
        for start, end, kind, name, group_start in self._matches():
            pieces.append(template[pos:start])
            if kind == "escaped":
                pieces.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(group_start)
            else:
                pieces.append(str(mapping[name]))
            pos = end
        pieces.append(template[pos:])
        return "".join(pieces)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        pieces = []
        pos = 0
        template = self.template
        for start, end, kind, name, group_start in self._matches():
            pieces.append(template[pos:start])
            if kind == "escaped":
                pieces.append(self.delimiter)
            elif kind == "invalid":
                pieces.append(template[start:end])
            else:
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(template[start:end])
            pos = end
        pieces.append(template[pos:])
        return "".join(pieces)

    def is_valid(self):
        for match in self._matches():
            if match[2] == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, group_start in self._matches():
            if kind in ("named", "braced"):
                if name not in ids:
                    ids.append(name)
        return ids


class _ChainLookup:
    # Keyword arguments take precedence over the mapping argument.
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


def _is_id_start(ch):
    return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_id_char(ch):
    return _is_id_start(ch) or ("0" <= ch <= "9")


def _scan_default(template, delim):
    # The default placeholder syntax without the re module: $$, $name, ${name}, else invalid.
    result = []
    i = 0
    n = len(template)
    dlen = len(delim)
    while True:
        i = template.find(delim, i)
        if i < 0:
            return result
        j = i + dlen
        if template.startswith(delim, j):
            result.append((i, j + dlen, "escaped", delim, j))
            i = j + dlen
            continue
        if j < n and _is_id_start(template[j]):
            k = j + 1
            while k < n and _is_id_char(template[k]):
                k += 1
            result.append((i, k, "named", template[j:k], j))
            i = k
            continue
        if j < n and template[j] == "{" and j + 1 < n and _is_id_start(template[j + 1]):
            k = j + 2
            while k < n and _is_id_char(template[k]):
                k += 1
            if k < n and template[k] == "}":
                result.append((i, k + 1, "braced", template[j + 1:k], j + 1))
                i = k + 1
                continue
        result.append((i, j, "invalid", "", j))
        i = j


# ---------------------------------------------------------------------------
# Formatter
# ---------------------------------------------------------------------------

def _parse_format(s):
    # Splits a format string into (literal_text, field_name, format_spec, conversion)
    # tuples, as MarkupIterator_next in Objects/stringlib/unicode_format.h does.
    n = len(s)
    i = 0
    while i < n:
        literal = []
        field = None
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    break
                field = True
                i += 1
                break
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    break
                raise ValueError("Single '}' encountered in format string")
            literal.append(c)
            i += 1
        if field is None:
            yield ("".join(literal), None, None, None)
            continue
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        # Find the matching close brace, counting nested braces of the format spec.
        depth = 1
        start = i
        while i < n:
            c = s[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        body = s[start:i]
        i += 1
        yield ("".join(literal),) + _split_field(body)


def _split_field(body):
    # field_name ends at the first '!' or ':' outside square brackets.
    j = 0
    n = len(body)
    while j < n:
        c = body[j]
        if c == "[":
            while j < n and body[j] != "]":
                j += 1
            continue
        if c in "!:":
            break
        j += 1
    name = body[:j]
    conversion = None
    spec = ""
    if j < n and body[j] == "!":
        if j + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = body[j + 1]
        j += 2
        if j < n:
            if body[j] != ":":
                raise ValueError("expected ':' after conversion specifier")
    if j < n and body[j] == ":":
        spec = body[j + 1:]
    return (name, spec, conversion)


class _FieldNameIterator:
    def __init__(self, rest):
        self._rest = rest
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        s = self._rest
        i = self._pos
        if i >= len(s):
            raise StopIteration
        if s[i] == ".":
            j = i + 1
            while j < len(s) and s[j] not in ".[":
                j += 1
            name = s[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            self._pos = j
            return (True, name)
        if s[i] == "[":
            j = s.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = s[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            self._pos = j + 1
            if self._pos < len(s) and s[self._pos] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            return (False, int(key) if key.isdigit() else key)
        raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _FieldNameIterator(name[i:])


class Formatter:
    """The machinery of str.format, with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # An empty name or one starting with '.' or '[' takes the next automatic index.
            if field_name == "" or field_name[0] in ".[":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                field_name = str(auto_arg_index) + field_name
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
