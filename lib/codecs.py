"""Codec registry and base classes (a subset of CPython's codecs module).

The text codecs are the interpreter's own (str.encode / bytes.decode); this module adds the
registry (lookup, register, CodecInfo), the error handler registry, incremental encoders and
decoders, and the bytes-to-bytes and str-to-str codecs hex and rot13.
"""

import _codecs
from _codecs import register_error, lookup_error

__all__ = [
    "register", "lookup", "encode", "decode", "getencoder", "getdecoder",
    "getincrementalencoder", "getincrementaldecoder", "register_error", "lookup_error",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "BufferedIncrementalDecoder", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
    "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    "strict_errors", "ignore_errors", "replace_errors",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

strict_errors = lookup_error("strict")
ignore_errors = lookup_error("ignore")
replace_errors = lookup_error("replace")


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the undecoded tail of its input between calls."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _text_codec(name):
    def encode(input, errors="strict"):
        return (input.encode(name, errors), len(input))

    def decode(input, errors="strict"):
        return (bytes(input).decode(name, errors), len(input))

    class _Encoder(IncrementalEncoder):
        # Codecs with a byte order mark write it once, at the start.
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            if self._started and name in ("utf-16", "utf-32", "utf-8-sig"):
                data = data[len(_BOMS[name]):]
            self._started = True
            return data

        def reset(self):
            self._started = False

    if name == "utf-8":
        class _Decoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return _codecs.utf_8_decode(input, errors, final)
    else:
        class _Decoder(BufferedIncrementalDecoder):
            # Decodes whole code units only; a stateful BOM is read at the start.
            def _buffer_decode(self, input, errors, final):
                unit = 4 if name.startswith("utf-32") else 2 if name.startswith("utf-16") else 1
                n = len(input) if final else len(input) - len(input) % unit
                return (bytes(input[:n]).decode(name, errors), n)

    return CodecInfo(encode, decode, incrementalencoder=_Encoder, incrementaldecoder=_Decoder,
                     name=name)


_BOMS = {"utf-16": BOM_UTF16, "utf-32": BOM_UTF32, "utf-8-sig": BOM_UTF8}


def _hex_codec():
    import binascii

    def encode(input, errors="strict"):
        return (binascii.b2a_hex(input), len(input))

    def decode(input, errors="strict"):
        return (binascii.a2b_hex(input), len(input))

    return CodecInfo(encode, decode, name="hex", _is_text_encoding=False)


def _rot13_codec():
    table = {}
    for a, z in ((ord("a"), ord("z")), (ord("A"), ord("Z"))):
        for c in range(a, z + 1):
            table[c] = a + (c - a + 13) % 26

    def encode(input, errors="strict"):
        return (str.translate(input, table), len(input))

    return CodecInfo(encode, encode, name="rot-13", _is_text_encoding=False)


def _escape_codec(name, enc, dec):
    return CodecInfo(enc, lambda input, errors="strict": dec(input), name=name)


_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function: it takes a normalised name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def _builtin(norm):
    key = norm.replace("-", "_")
    if key in ("hex", "hex_codec"):
        return _hex_codec()
    if key in ("rot13", "rot_13"):
        return _rot13_codec()
    if key in ("unicode_escape", "unicodeescape"):
        return _escape_codec("unicode-escape", _codecs.unicode_escape_encode, _codecs.unicode_escape_decode)
    if key in ("raw_unicode_escape", "rawunicodeescape"):
        return _escape_codec("raw-unicode-escape", _codecs.raw_unicode_escape_encode,
                             _codecs.raw_unicode_escape_decode)
    canonical = _codecs._canonical_name(norm)
    if canonical is not None:
        return _text_codec(canonical)
    return None


def lookup(encoding):
    """Looks up a codec tuple in the codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    if norm in _cache:
        return _cache[norm]
    for search in _search_functions:
        info = search(norm)
        if info is not None:
            if not isinstance(info, CodecInfo) and not (isinstance(info, tuple) and len(info) == 4):
                raise TypeError("codec search functions must return 4-tuples")
            _cache[norm] = info
            return info
    info = _builtin(norm)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[norm] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output
