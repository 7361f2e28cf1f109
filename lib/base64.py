"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings.

Base64 and hex go through the native binascii module; Base32 and the 85-character encodings are
computed here, a group of bytes at a time as one integer.
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _translate(s, frm, to):
    # bytes.translate(bytes.maketrans(frm, to)), spelled out.
    table = dict(zip(frm, to))
    return bytes([table.get(c, c) for c in s])


def _bytes_from_decode_data(s):
    # Decoders take ASCII str as well as bytes-like objects.
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__) from None


def _plain_bytes(b):
    # What memoryview(b).tobytes() gives for the buffer types this runtime has.
    if isinstance(b, bytes_types):
        return bytes(b)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(b).__name__)


# --- Base64 --------------------------------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = _translate(s, b"-_", b"+/")
    return b64decode(s)


# --- Base32 --------------------------------------------------------------------------------

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Number of '=' that end an encoding, by the count of bytes in the last 5-byte group.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = _plain_bytes(s)
    out = []
    full = len(s) - len(s) % 5
    for start in range(0, full, 5):
        n = int.from_bytes(s[start:start + 5], "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(n >> shift) & 31])
    rest = len(s) - full
    if rest:
        n = int.from_bytes(bytes(s[full:]) + bytes(5 - rest), "big")
        pads = _B32_PADS[rest]
        for shift in range(35, 5 * pads - 5, -5):
            out.append(alphabet[(n >> shift) & 31])
        out += [61] * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    end = len(s)
    while end and s[end - 1] == 61:
        end -= 1
    body = s[:end]
    pads = len(s) - end
    values = {c: i for i, c in enumerate(alphabet)}
    out = b""
    for start in range(0, len(body), 8):
        group = body[start:start + 8]
        n = 0
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, "big")
    if pads:
        if pads not in (1, 3, 4, 6):
            raise binascii.Error("Incorrect padding")
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[pads]
        out = out[:len(out) - 5 + keep]
    return out


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# --- Base16 --------------------------------------------------------------------------------

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# --- Ascii85 and Base85 --------------------------------------------------------------------

_A85_START = b"<~"
_A85_END = b"~>"
_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    if not isinstance(b, bytes_types):
        b = _plain_bytes(b)
    padding = -len(b) % 4
    data = bytes(b) + bytes(padding)
    out = []
    last = 0
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], "big")
        last = len(out)
        if foldnuls and word == 0:
            out.append(122)
        elif foldspaces and word == 0x20202020:
            out.append(121)
        else:
            digits = [0] * 5
            for k in range(4, -1, -1):
                word, r = divmod(word, 85)
                digits[k] = alphabet[r]
            out += digits
    if padding and not pad:
        if out[last:] == [122]:
            out[last:] = [alphabet[0]] * 5
        out = out[:len(out) - padding]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end "
                             "with {!r}".format(_A85_END))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = b""
    group = []
    # Four 'u' (the largest digit) complete a final partial group; what they add is cut below.
    for c in b + b"uuuu":
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                n = 0
                for d in group:
                    n = n * 85 + d
                if n > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += n.to_bytes(4, "big")
                group = []
        elif c == 122:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: " + chr(c))
    cut = 4 - len(group)
    if cut:
        out = out[:len(out) - cut]
    return out


def b85encode(b, pad=False):
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b"~" * padding
    out = b""
    for start in range(0, len(b), 5):
        n = 0
        for j in range(5):
            v = _B85_VALUES.get(b[start + j])
            if v is None:
                raise ValueError("bad base85 character at position %d" % (start + j))
            n = n * 85 + v
        if n > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % start)
        out += n.to_bytes(4, "big")
    if padding:
        out = out[:len(out) - padding]
    return out


# --- MIME-style lines ----------------------------------------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    _input_type_check(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
