"""Decimal fixed- and floating-point arithmetic (the decimal module of CPython 3.11).

Numbers follow the General Decimal Arithmetic specification: a Decimal is a sign, an integer
coefficient and a power-of-ten exponent, or a special value (Infinity, a quiet NaN or a
signaling NaN, the NaNs with an optional integer payload). Python ints are arbitrary
precision, so the coefficient is one int and every operation is exact int arithmetic followed
by one rounding to the context. Conditions are gathered while an operation runs and applied
to the context at its end, as libmpdec's status word is: every flag is set, then the first
trapped signal is raised with the list of trapped conditions as its argument.
"""

import contextvars as _contextvars
import math as _math
import numbers as _numbers

__all__ = [
    "Decimal", "Context", "DecimalTuple",
    "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact",
    "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation",
    "DivisionImpossible", "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

# The limits of a 64-bit build.
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------------------------------------
# Signals and conditions

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was altered to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result (its untrapped result is NaN)."""


class ConversionSyntax(InvalidOperation):
    """A string is not a well-formed number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """The integer quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Non-zero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context is invalid."""


class Rounded(DecimalException):
    """Digits (maybe zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or an ordering comparison)."""


# Status bits, one per condition, as libmpdec numbers them (a context's repr lists its flags
# in this order).
_S_CLAMPED = 1
_S_CONVERSION = 2
_S_DIVZERO = 4
_S_DIV_IMPOSSIBLE = 8
_S_DIV_UNDEFINED = 16
_S_FPU = 32
_S_INEXACT = 64
_S_INVALID_CONTEXT = 128
_S_INVALID = 256
_S_MALLOC = 512
_S_FLOAT = 1024
_S_OVERFLOW = 2048
_S_ROUNDED = 4096
_S_SUBNORMAL = 8192
_S_UNDERFLOW = 16384
_S_ANY_INVALID = (_S_INVALID | _S_CONVERSION | _S_DIV_IMPOSSIBLE | _S_DIV_UNDEFINED
                  | _S_INVALID_CONTEXT | _S_FPU | _S_MALLOC)

# Signals in the order contexts list them; each with the status bits that raise it.
_SIGNALS = (
    (InvalidOperation, _S_ANY_INVALID),
    (FloatOperation, _S_FLOAT),
    (DivisionByZero, _S_DIVZERO),
    (Overflow, _S_OVERFLOW),
    (Underflow, _S_UNDERFLOW),
    (Subnormal, _S_SUBNORMAL),
    (Inexact, _S_INEXACT),
    (Rounded, _S_ROUNDED),
    (Clamped, _S_CLAMPED),
)
_SIGNAL_ORDER = tuple(s for s, _ in _SIGNALS)
# The conditions an exception's argument lists: InvalidOperation's kinds, then the others.
_CONDITIONS = (
    (InvalidOperation, _S_INVALID),
    (ConversionSyntax, _S_CONVERSION),
    (DivisionImpossible, _S_DIV_IMPOSSIBLE),
    (DivisionUndefined, _S_DIV_UNDEFINED),
    (InvalidContext, _S_INVALID_CONTEXT),
) + _SIGNALS[1:]


class _Status:
    """The conditions one operation has met so far."""
    __slots__ = ("f",)

    def __init__(self):
        self.f = 0


# ---------------------------------------------------------------------------------------------
# Small helpers on coefficients

def _nd(c):
    """The number of decimal digits of the coefficient c >= 0 (1 for zero)."""
    if c < 10:
        return 1
    n = c.bit_length() * 30103 // 100000
    p = 10 ** n
    while p <= c:
        p *= 10
        n += 1
    return n if n else 1


def _pow10(n):
    return 10 ** n


# int <-> str conversions below the interpreter's 4300-digit limit: a Decimal's coefficient
# may have any number of digits.
_CHUNK = 4000


def _str_of(c):
    if c < _LIMIT_INT:
        return str(c)
    k = _nd(c) // 2
    hi, lo = divmod(c, _pow10(k))
    return _str_of(hi) + _str_of(lo).rjust(k, "0")


def _int_of(digits):
    if len(digits) <= _CHUNK:
        return int(digits)
    k = len(digits) // 2
    return _int_of(digits[:-k]) * _pow10(k) + _int_of(digits[-k:])


_LIMIT_INT = 10 ** _CHUNK


def _round_drop(sign, c, drop, rounding):
    """c with its last `drop` (>= 1) digits removed under the rounding; (new c, inexact)."""
    if drop > _nd(c) + 1:
        # Everything goes, and what goes is below half of the last kept unit.
        if c == 0:
            return 0, False
        return _round_up(sign, 0, -1, rounding), True
    p = _pow10(drop)
    q, rest = divmod(c, p)
    if rest == 0:
        return q, False
    twice = rest * 2
    return q + _round_up(sign, q, (twice > p) - (twice < p), rounding), True


def _round_up(sign, q, cmp, rounding):
    """1 when an inexact value whose kept part is q, and whose discarded part compares cmp
    with one half of a unit, rounds away from zero."""
    if rounding == ROUND_HALF_EVEN:
        return 1 if cmp > 0 or (cmp == 0 and q & 1) else 0
    if rounding == ROUND_HALF_UP:
        return 1 if cmp >= 0 else 0
    if rounding == ROUND_HALF_DOWN:
        return 1 if cmp > 0 else 0
    if rounding == ROUND_DOWN:
        return 0
    if rounding == ROUND_UP:
        return 1
    if rounding == ROUND_CEILING:
        return 0 if sign else 1
    if rounding == ROUND_FLOOR:
        return 1 if sign else 0
    # ROUND_05UP: away from zero only when the kept last digit is 0 or 5.
    return 1 if q % 5 == 0 else 0


def _tname(x):
    # tp_name as CPython's messages print it: the C types carry their module.
    t = type(x)
    if t is Decimal:
        return "decimal.Decimal"
    if t is Context:
        return "decimal.Context"
    return t.__name__


# ---------------------------------------------------------------------------------------------
# Decimal

def _new(sign, coeff, exp, cls=None):
    d = object.__new__(Decimal if cls is None else cls)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


_NAN_EXPS = ("n", "N")


def _parse(s, strict=False):
    """(sign, coeff, exp) of a numeric string, or None when it is not one. The constructor
    strips whitespace and underscores; Context.create_decimal takes neither (strict)."""
    if not strict:
        s = s.strip()
        if "_" in s:
            s = s.replace("_", "")
    elif "_" in s or s != s.strip():
        return None
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    for prefix, code in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return sign, 0, code
            digits = _digits_of(payload)
            if digits is None:
                return None
            return sign, _int_of(digits), code
    epos = -1
    for i, ch in enumerate(low):
        if ch == "e":
            epos = i
            break
    exp = 0
    mant = s
    if epos >= 0:
        mant = s[:epos]
        ex = s[epos + 1:]
        esign = 1
        if ex[:1] in ("+", "-"):
            esign = -1 if ex[0] == "-" else 1
            ex = ex[1:]
        ed = _digits_of(ex)
        if ed is None:
            return None
        exp = esign * _int_of(ed)
    dot = mant.find(".")
    if dot >= 0:
        ip, fp = mant[:dot], mant[dot + 1:]
    else:
        ip, fp = mant, ""
    if not ip and not fp:
        return None
    ipd = _digits_of(ip) if ip else ""
    fpd = _digits_of(fp) if fp else ""
    if ipd is None or fpd is None:
        return None
    return sign, _int_of(ipd + fpd), exp - len(fpd)


def _digits_of(s):
    """s as ASCII digits (any Unicode decimal digits are accepted), None if it is not one."""
    if not s:
        return None
    if s.isascii():
        return s if s.isdigit() else None
    out = []
    for ch in s:
        if not ch.isdecimal():
            return None
        out.append(str(int(ch)))
    return "".join(out)


def _from_float_parts(f):
    if f != f:
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        return sign, 0, "n"
    if f in (_INF, -_INF):
        return (1 if f < 0 else 0), 0, "F"
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k.
    return sign, n * 5 ** k, -k


_INF = float("inf")


class Decimal(object):
    """Floating-point decimal number: Decimal('3.14'), Decimal(7), Decimal(0.5), or a tuple."""

    __slots__ = ("_sign", "_int", "_exp")

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _ctx(context)
                st = _Status()
                st.f |= _S_CONVERSION
                ctx._apply(st.f)
                return _new(0, 0, "n", cls)
            return _new(parsed[0], parsed[1], parsed[2], cls)
        if isinstance(value, int):
            return _new(1 if value < 0 else 0, abs(int(value)), 0, cls)
        if isinstance(value, Decimal):
            return _new(value._sign, value._int, value._exp, cls)
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._apply(_S_FLOAT)
            return _new(*_from_float_parts(value), cls=cls)
        if isinstance(value, (list, tuple)):
            return _new(*_from_tuple(value), cls=cls)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(int(f)), 0)
        elif isinstance(f, float):
            d = _new(*_from_float_parts(f))
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    def __getattr__(self, name):
        # Only reached for a missing attribute: CPython's message names the C type.
        raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))

    # -- inspection -----------------------------------------------------------------------

    def _is_special(self):
        return type(self._exp) is str

    def as_tuple(self):
        if self._exp == "F":
            digits = (0,)
        elif self._exp in _NAN_EXPS and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(ch) for ch in _str_of(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp in _NAN_EXPS:
            raise ValueError("cannot convert NaN to integer ratio")
        c = self._int
        if c == 0:
            return 0, 1
        e = self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            # Cancel the common powers of 2 and 5 of c and 10**-e.
            n, d = c, _pow10(-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._is_special():
            return 0
        return self._exp + _nd(self._int) - 1

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special()

    def is_infinite(self):
        return self._exp == "F"

    def is_nan(self):
        return self._exp in _NAN_EXPS

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special() and self._int == 0

    def is_normal(self, context=None):
        if self._is_special() or self._int == 0:
            return False
        return self.adjusted() >= _ctx(context).Emin

    def is_subnormal(self, context=None):
        if self._is_special() or self._int == 0:
            return False
        return self.adjusted() < _ctx(context).Emin

    def number_class(self, context=None):
        s = "-" if self._sign else "+"
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        if self._exp == "F":
            return s + "Infinity"
        if self._int == 0:
            return s + "Zero"
        if self.adjusted() < _ctx(context).Emin:
            return s + "Subnormal"
        return s + "Normal"

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._is_special() or other._is_special():
            return ((self.is_nan() and other.is_nan())
                    or (self.is_infinite() and other.is_infinite()))
        return self._exp == other._exp

    # -- strings ----------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        return _to_string(self, eng, _ctx(context).capitals if context is not None
                          else getcontext().capitals)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    # -- conversions to Python numbers ------------------------------------------------------

    def __bool__(self):
        return self._is_special() or self._int != 0

    def __int__(self):
        if self._is_special():
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        if e >= 0:
            v = self._int * _pow10(e)
        elif -e > _nd(self._int):
            v = 0
        else:
            v = self._int // _pow10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp in _NAN_EXPS:
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        if self._exp == "F":
            return float("-inf") if self._sign else float("inf")
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        if self._is_special():
            return int(self)
        e = self._exp
        if e >= 0:
            v = self._int * _pow10(e)
        else:
            v, _ = _round_drop(self._sign, self._int, -e, rounding)
        return -v if self._sign else v

    def __round__(self, n=None):
        if n is None:
            if self._is_special():
                return int(self)
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_new(0, 1, -n))

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    # -- hashing and comparisons ------------------------------------------------------------

    def __hash__(self):
        # The numeric hash shared by int, float and Fraction: value mod 2**61 - 1.
        if self._is_special():
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        e = self._exp
        if e >= 0:
            scale = pow(10, e, _HASH_MOD)
        else:
            scale = pow(_HASH_10INV, -e, _HASH_MOD)
        h = self._int * scale % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _cmp_convert(self, other, op):
        # The other operand of a comparison as a Decimal (exactly), or NotImplemented.
        if isinstance(other, Decimal):
            return other, 1
        if isinstance(other, int):
            return _new(1 if other < 0 else 0, abs(int(other)), 0), 1
        if isinstance(other, float):
            ctx = getcontext()
            if op in ("==", "!="):
                ctx._set_flags(_S_FLOAT)
            else:
                ctx._apply(_S_FLOAT)
            return _new(*_from_float_parts(other)), 1
        if isinstance(other, complex) and op in ("==", "!="):
            if other.imag != 0:
                return None, 0
            return self._cmp_convert(other.real, op)
        if isinstance(other, _numbers.Rational):
            return other, 2
        return NotImplemented, 0

    def _compare_op(self, other, op):
        conv, kind = self._cmp_convert(other, op)
        if conv is NotImplemented:
            if op in ("==", "!="):
                return NotImplemented
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (op, _tname(self), _tname(other)))
        if conv is None:
            return op == "!="
        a = self
        if kind == 2:
            # A Rational: compare self * denominator with the numerator, both exact.
            if a._is_special():
                b = _new(1 if conv.numerator < 0 else 0, 0, 0)
            else:
                a = _new(a._sign, a._int * abs(conv.denominator), a._exp)
                b = _new(1 if conv.numerator < 0 else 0, abs(conv.numerator), 0)
        else:
            b = conv
        if a.is_nan() or b.is_nan():
            if a.is_snan() or b.is_snan() or op not in ("==", "!="):
                getcontext()._apply(_S_INVALID)
            return op == "!="
        c = _cmp(a, b)
        if op == "==":
            return c == 0
        if op == "!=":
            return c != 0
        if op == "<":
            return c < 0
        if op == "<=":
            return c <= 0
        if op == ">":
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare_op(other, "==")

    def __ne__(self, other):
        return self._compare_op(other, "!=")

    def __lt__(self, other):
        return self._compare_op(other, "<")

    def __le__(self, other):
        return self._compare_op(other, "<=")

    def __gt__(self, other):
        return self._compare_op(other, ">")

    def __ge__(self, other):
        return self._compare_op(other, ">=")

    # -- arithmetic operators ---------------------------------------------------------------

    def __neg__(self, context=None):
        return _unary(self, context, _minus)

    def __pos__(self, context=None):
        return _unary(self, context, _plus)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _unary(self, context, _abs)

    def __add__(self, other, context=None):
        return _binary(self, other, context, _add, "+")

    def __radd__(self, other, context=None):
        return _rbinary(self, other, context, _add, "+")

    def __sub__(self, other, context=None):
        return _binary(self, other, context, _sub, "-")

    def __rsub__(self, other, context=None):
        return _rbinary(self, other, context, _sub, "-")

    def __mul__(self, other, context=None):
        return _binary(self, other, context, _mul, "*")

    def __rmul__(self, other, context=None):
        return _rbinary(self, other, context, _mul, "*")

    def __truediv__(self, other, context=None):
        return _binary(self, other, context, _div, "/")

    def __rtruediv__(self, other, context=None):
        return _rbinary(self, other, context, _div, "/")

    def __floordiv__(self, other, context=None):
        return _binary(self, other, context, _divint, "//")

    def __rfloordiv__(self, other, context=None):
        return _rbinary(self, other, context, _divint, "//")

    def __mod__(self, other, context=None):
        return _binary(self, other, context, _rem, "%")

    def __rmod__(self, other, context=None):
        return _rbinary(self, other, context, _rem, "%")

    def __divmod__(self, other, context=None):
        return _binary(self, other, context, _divmod, "divmod()")

    def __rdivmod__(self, other, context=None):
        return _rbinary(self, other, context, _divmod, "divmod()")

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return _pow_mod(self, other, modulo, context)
        return _binary(self, other, context, _pow, "** or pow()")

    def __rpow__(self, other, modulo=None, context=None):
        if modulo is not None:
            a = _convert_op(other, "** or pow()", self, True)
            if a is NotImplemented:
                return NotImplemented
            return _pow_mod(a, self, modulo, context)
        return _rbinary(self, other, context, _pow, "** or pow()")

    # -- methods with a context -------------------------------------------------------------

    def compare(self, other, context=None):
        return _binary_method(self, other, context, _compare)

    def compare_signal(self, other, context=None):
        return _binary_method(self, other, context, _compare_signal)

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        return _new(1, 1, 0) if _cmp_total(self, other) < 0 else (
            _new(0, 1, 0) if _cmp_total(self, other) > 0 else _new(0, 0, 0))

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._int, self._exp)

    def exp(self, context=None):
        return _unary(self, context, _exp)

    def ln(self, context=None):
        return _unary(self, context, _ln)

    def log10(self, context=None):
        return _unary(self, context, _log10)

    def logb(self, context=None):
        return _unary(self, context, _logb)

    def sqrt(self, context=None):
        return _unary(self, context, _sqrt)

    def normalize(self, context=None):
        return _unary(self, context, _normalize)

    def next_plus(self, context=None):
        return _unary(self, context, _next_plus)

    def next_minus(self, context=None):
        return _unary(self, context, _next_minus)

    def next_toward(self, other, context=None):
        return _binary_method(self, other, context, _next_toward)

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        third = _convert(third, True)
        st = _Status()
        r = _fma(self, other, third, ctx, st)
        ctx._apply(st.f)
        return r

    def max(self, other, context=None):
        return _binary_method(self, other, context, _max)

    def min(self, other, context=None):
        return _binary_method(self, other, context, _min)

    def max_mag(self, other, context=None):
        return _binary_method(self, other, context, _max_mag)

    def min_mag(self, other, context=None):
        return _binary_method(self, other, context, _min_mag)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _convert(exp, True)
        if rounding is not None:
            _check_rounding(rounding)
        st = _Status()
        r = _quantize(self, exp, ctx, st, rounding or ctx.rounding)
        ctx._apply(st.f)
        return r

    def remainder_near(self, other, context=None):
        return _binary_method(self, other, context, _rem_near)

    def scaleb(self, other, context=None):
        return _binary_method(self, other, context, _scaleb)

    def rotate(self, other, context=None):
        return _binary_method(self, other, context, _rotate)

    def shift(self, other, context=None):
        return _binary_method(self, other, context, _shift)

    def logical_and(self, other, context=None):
        return _binary_method(self, other, context, _logical_and)

    def logical_or(self, other, context=None):
        return _binary_method(self, other, context, _logical_or)

    def logical_xor(self, other, context=None):
        return _binary_method(self, other, context, _logical_xor)

    def logical_invert(self, context=None):
        return _unary(self, context, _logical_invert)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None:
            _check_rounding(rounding)
        st = _Status()
        r = _to_integral(self, rounding or ctx.rounding, False, ctx, st)
        ctx._apply(st.f)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None:
            _check_rounding(rounding)
        st = _Status()
        r = _to_integral(self, rounding or ctx.rounding, True, ctx, st)
        ctx._apply(st.f)
        return r


_HASH_MOD = 2 ** 61 - 1
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): what as_tuple() returns (a named tuple; written
    out here so that importing decimal does not import collections)."""

    __slots__ = ()
    _fields = ("sign", "digits", "exponent")
    _field_defaults = {}
    __match_args__ = ("sign", "digits", "exponent")

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != 3:
            raise TypeError("Expected 3 arguments, got %d" % len(result))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(f, v) for f, v in zip(self._fields, self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)

    def __getnewargs__(self):
        return tuple(self)

    sign = property(lambda self: self[0], doc="Alias for field number 0")
    digits = property(lambda self: self[1], doc="Alias for field number 1")
    exponent = property(lambda self: self[2], doc="Alias for field number 2")

_numbers.Number.register(Decimal)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (list, tuple)):
        raise ValueError("coefficient must be a tuple of digits")
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError("coefficient must be a tuple of digits")
    if exp == "F":
        return sign, 0, "F"
    coeff = 0
    for dg in digits:
        coeff = coeff * 10 + dg
    return sign, coeff, exp


# ---------------------------------------------------------------------------------------------
# Operand conversion

def _convert(x, raise_type):
    """x as a Decimal when it is one or an int; else TypeError (or NotImplemented)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _new(1 if x < 0 else 0, abs(int(x)), 0)
    if raise_type:
        raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)
    return NotImplemented


def _convert_op(other, opname, self, reflected):
    # Not a Decimal or an int: NotImplemented, and the interpreter's message names both types
    # (Decimal carries CPython's tp_name, 'decimal.Decimal').
    return _convert(other, False)


def _binary(a, other, context, fn, opname):
    b = _convert_op(other, opname, a, False)
    if b is NotImplemented:
        return NotImplemented
    ctx = _ctx(context)
    st = _Status()
    r = fn(a, b, ctx, st)
    ctx._apply(st.f)
    return r


def _rbinary(b, other, context, fn, opname):
    a = _convert_op(other, opname, b, True)
    if a is NotImplemented:
        return NotImplemented
    ctx = _ctx(context)
    st = _Status()
    r = fn(a, b, ctx, st)
    ctx._apply(st.f)
    return r


def _binary_method(a, other, context, fn):
    b = _convert(other, True)
    ctx = _ctx(context)
    st = _Status()
    r = fn(a, b, ctx, st)
    ctx._apply(st.f)
    return r


def _unary(a, context, fn):
    ctx = _ctx(context)
    st = _Status()
    r = fn(a, ctx, st)
    ctx._apply(st.f)
    return r


def _check_rounding(rounding):
    if rounding not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n"
                        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                        "   ROUND_05UP]")


# ---------------------------------------------------------------------------------------------
# String conversion

def _to_string(d, eng, capitals):
    sign = "-" if d._sign else ""
    e = d._exp
    if e == "F":
        return sign + "Infinity"
    if e in _NAN_EXPS:
        name = "NaN" if e == "n" else "sNaN"
        return sign + name + (_str_of(d._int) if d._int else "")
    digits = _str_of(d._int)
    left = e + len(digits)
    if e <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        intpart = "0"
        frac = "." + "0" * -dot + digits
    elif dot >= len(digits):
        intpart = digits + "0" * (dot - len(digits))
        frac = ""
    else:
        intpart = digits[:dot]
        frac = "." + digits[dot:]
    if left == dot:
        expo = ""
    else:
        expo = ("E" if capitals else "e") + "%+d" % (left - dot)
    return sign + intpart + frac + expo


# ---------------------------------------------------------------------------------------------
# Rounding to a context

def _fix(sign, c, exp, ctx, st, rounding=None):
    """The finite value (sign, c, exp) rounded to the context, its conditions in st."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if rounding is None:
        rounding = ctx.rounding
    if c == 0:
        hi = etop if ctx.clamp else emax
        e2 = exp
        if e2 < etiny:
            e2 = etiny
        elif e2 > hi:
            e2 = hi
        if e2 != exp:
            st.f |= _S_CLAMPED
        return _new(sign, 0, e2)
    nd = _nd(c)
    adj = exp + nd - 1
    low = adj - prec + 1
    subnormal = adj < emin
    if low < etiny:
        low = etiny
    if exp < low:
        c2, inexact = _round_drop(sign, c, low - exp, rounding)
        e2 = low
        if c2 and _nd(c2) > nd - (low - exp):
            # A carry: 99.9 -> 100.
            if _nd(c2) > prec:
                c2 //= 10
                e2 += 1
        st.f |= _S_ROUNDED
        if inexact:
            st.f |= _S_INEXACT
        if subnormal:
            st.f |= _S_SUBNORMAL
            if inexact:
                st.f |= _S_UNDERFLOW
            if c2 == 0:
                st.f |= _S_CLAMPED
        if c2 and e2 + _nd(c2) - 1 > emax:
            return _overflow(sign, ctx, st, rounding)
    else:
        c2, e2 = c, exp
        if subnormal:
            st.f |= _S_SUBNORMAL
        if adj > emax:
            return _overflow(sign, ctx, st, rounding)
    if ctx.clamp and e2 > etop:
        c2 *= _pow10(e2 - etop)
        e2 = etop
        st.f |= _S_CLAMPED
    return _new(sign, c2, e2)


def _overflow(sign, ctx, st, rounding):
    st.f |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
    to_inf = rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or (
        rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign)
    if to_inf:
        return _new(sign, 0, "F")
    return _new(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)


def _fixd(d, ctx, st):
    if d._is_special():
        return _fix_nan(d, ctx) if d.is_nan() else d
    return _fix(d._sign, d._int, d._exp, ctx, st)


def _fix_nan(d, ctx):
    # A NaN's payload keeps at most prec - clamp digits (the low ones).
    room = ctx.prec - ctx.clamp
    if d._int and _nd(d._int) > room:
        return _new(d._sign, d._int % _pow10(room) if room > 0 else 0, d._exp)
    return d


def _nan_result(a, b, ctx, st):
    """The NaN result of an operation with a NaN operand, or None when neither is one."""
    if a._exp == "N":
        st.f |= _S_INVALID
        return _fix_nan(_new(a._sign, a._int, "n"), ctx)
    if b is not None and b._exp == "N":
        st.f |= _S_INVALID
        return _fix_nan(_new(b._sign, b._int, "n"), ctx)
    if a._exp == "n":
        return _fix_nan(a, ctx)
    if b is not None and b._exp == "n":
        return _fix_nan(b, ctx)
    return None


def _invalid(st, cond=_S_INVALID):
    st.f |= cond
    return _new(0, 0, "n")


# ---------------------------------------------------------------------------------------------
# Comparison

def _cmp(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._exp == "F" or b._exp == "F":
        av = 0 if a._exp != "F" else (-1 if a._sign else 1)
        bv = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if av == bv:
            if av:
                return 0
        if av or bv:
            if av and bv:
                return (av > bv) - (av < bv)
            if av:
                return av
            return -bv
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa = a._exp + _nd(a._int)
    ba = b._exp + _nd(b._int)
    if aa != ba:
        return s if aa > ba else -s
    # Same adjusted exponent: compare aligned coefficients.
    if a._exp > b._exp:
        x, y = a._int * _pow10(a._exp - b._exp), b._int
    else:
        x, y = a._int, b._int * _pow10(b._exp - a._exp)
    return s * ((x > y) - (x < y))


def _cmp_total(a, b):
    """The total order of the specification (sign, then class, then value, then exponent)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1

    def rank(d):
        if d._exp == "n":
            return 3
        if d._exp == "N":
            return 2
        if d._exp == "F":
            return 1
        return 0
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return s if ra > rb else -s
    if ra >= 2:
        return s * ((a._int > b._int) - (a._int < b._int))
    if ra == 1:
        return 0
    c = _cmp(a, b)
    if c:
        return c
    if a._exp != b._exp:
        return s if a._exp > b._exp else -s
    return 0


def _compare(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    return _new(1 if c < 0 else 0, abs(c), 0)


def _compare_signal(a, b, ctx, st):
    if a.is_nan() or b.is_nan():
        st.f |= _S_INVALID
        r = _nan_result(a, b, ctx, _Status())
        return r
    return _compare(a, b, ctx, st)


def _max_min(a, b, ctx, st, want_max, mag):
    if a.is_nan() or b.is_nan():
        # A quiet NaN loses to a number; signaling NaNs signal.
        if a._exp == "N" or b._exp == "N" or (a.is_nan() and b.is_nan()):
            return _nan_result(a, b, ctx, st)
        return _fixd(b if a.is_nan() else a, ctx, st)
    x, y = (a.copy_abs(), b.copy_abs()) if mag else (a, b)
    c = _cmp(x, y)
    if c == 0:
        if mag:
            c = _cmp(a, b)
        if c == 0:
            c = _cmp_total(a, b)
    if want_max:
        pick = a if c >= 0 else b
    else:
        pick = a if c <= 0 else b
    return _fixd(pick, ctx, st)


def _max(a, b, ctx, st):
    return _max_min(a, b, ctx, st, True, False)


def _min(a, b, ctx, st):
    return _max_min(a, b, ctx, st, False, False)


def _max_mag(a, b, ctx, st):
    return _max_min(a, b, ctx, st, True, True)


def _min_mag(a, b, ctx, st):
    return _max_min(a, b, ctx, st, False, True)


# ---------------------------------------------------------------------------------------------
# Arithmetic

def _plus(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        return a
    if a._int == 0 and a._sign and ctx.rounding != ROUND_FLOOR:
        a = _new(0, 0, a._exp)
    return _fixd(a, ctx, st)


def _minus(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    return _plus(a.copy_negate(), ctx, st)


def _abs(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    return _plus(a.copy_abs(), ctx, st)


def _add(a, b, ctx, st, negate_b=False):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._exp == "F" or b._exp == "F":
        if a._exp == "F" and b._exp == "F" and a._sign != bsign:
            return _invalid(st)
        if a._exp == "F":
            return a
        return _new(bsign, 0, "F")
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        if a._sign == bsign:
            sign = a._sign
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, exp, ctx, st)
    if a._int == 0 or b._int == 0:
        # x + 0: x at the smaller exponent, padded with no more zeros than rounding keeps.
        x, xs = (b, bsign) if a._int == 0 else (a, a._sign)
        pad = x._exp - exp
        room = ctx.prec + 2 - _nd(x._int)
        if pad > room:
            pad = max(room, 0)
            st.f |= _S_ROUNDED
        return _fix(xs, x._int * _pow10(pad), x._exp - pad, ctx, st)
    ac, ae, asg = a._int, a._exp, a._sign
    bc, be, bsg = b._int, b._exp, bsign
    # An operand far below the other's rounding position only acts as a sticky digit.
    if ae - be > ctx.prec + 3 or be - ae > ctx.prec + 3:
        if ae < be:
            ac, ae, asg, bc, be, bsg = bc, be, bsg, ac, ae, asg
        hi_adj = ae + _nd(ac) - 1
        floor = min(ae, hi_adj - ctx.prec - 1) - 1
        if be + _nd(bc) - 1 < floor:
            bc, be = 1, floor
    exp = min(ae, be)
    x = ac * _pow10(ae - exp)
    y = bc * _pow10(be - exp)
    if asg:
        x = -x
    if bsg:
        y = -y
    s = x + y
    if s == 0:
        return _fix(1 if ctx.rounding == ROUND_FLOOR else 0, 0, exp, ctx, st)
    return _fix(1 if s < 0 else 0, abs(s), exp, ctx, st)


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _mul(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._exp == "F" or b._exp == "F":
        if (a._exp != "F" and a._int == 0) or (b._exp != "F" and b._int == 0):
            return _invalid(st)
        return _new(sign, 0, "F")
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._exp == "F":
        if b._exp == "F":
            return _invalid(st)
        return _new(sign, 0, "F")
    if b._exp == "F":
        st.f |= _S_CLAMPED
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _S_DIV_UNDEFINED)
        st.f |= _S_DIVZERO
        return _new(sign, 0, "F")
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx, st)
    shift = _nd(b._int) - _nd(a._int) + ctx.prec + 1
    if shift >= 0:
        q, rem = divmod(a._int * _pow10(shift), b._int)
    else:
        q, rem = divmod(a._int, b._int * _pow10(-shift))
    exp = ideal - shift
    if rem:
        q = q * 10 + 1
        exp -= 1
    else:
        # Exact: as few trailing zeros as the ideal exponent allows.
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx, st)


def _divide_parts(a, b, ctx, st, quotient_only=False):
    """(quotient, remainder) of the truncating integer division; NaNs when impossible."""
    sign = a._sign ^ b._sign
    if a._exp == "F":
        if b._exp == "F":
            r = _invalid(st)
            return r, r
        r = _invalid(st)
        return _new(sign, 0, "F"), r
    if b._exp == "F":
        return _new(sign, 0, 0), _fixd(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            r = _invalid(st, _S_DIV_UNDEFINED)
            return r, r
        st.f |= _S_DIVZERO
        return _new(sign, 0, "F"), _invalid(st)
    exp = min(a._exp, b._exp)
    if a._int == 0:
        return _new(sign, 0, 0), _fix(a._sign, 0, exp, ctx, st)
    if a.adjusted() - b.adjusted() <= -2:
        return _new(sign, 0, 0), _fix(a._sign, a._int * _pow10(a._exp - exp), exp, ctx, st)
    if a.adjusted() - b.adjusted() > ctx.prec:
        r = _invalid(st, _S_DIV_IMPOSSIBLE)
        return r, r
    x = a._int * _pow10(a._exp - exp)
    y = b._int * _pow10(b._exp - exp)
    q, rem = divmod(x, y)
    if _nd(q) > ctx.prec:
        r = _invalid(st, _S_DIV_IMPOSSIBLE)
        return r, r
    return _new(sign, q, 0), _fix(a._sign, rem, exp, ctx, st)


def _divint(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    if a._exp == "F" and b._exp != "F":
        return _new(a._sign ^ b._sign, 0, "F")
    if b._exp != "F" and b._int == 0 and a._int != 0:
        st.f |= _S_DIVZERO
        return _new(a._sign ^ b._sign, 0, "F")
    # The remainder's conditions are not the quotient's.
    st2 = _Status()
    q, _ = _divide_parts(a, b, ctx, st2)
    st.f |= st2.f & (_S_ANY_INVALID | _S_DIVZERO)
    return q


def _rem(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    if b._exp != "F" and b._int == 0 and a._exp != "F":
        if a._int == 0:
            return _invalid(st, _S_DIV_UNDEFINED)
        return _invalid(st)
    return _divide_parts(a, b, ctx, st)[1]


def _divmod(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r, r
    return _divide_parts(a, b, ctx, st)


def _rem_near(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        return _invalid(st)
    if b._exp == "F":
        return _fixd(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _S_DIV_UNDEFINED)
        return _invalid(st)
    exp = min(a._exp, b._exp)
    if a._int == 0:
        return _fix(a._sign, 0, exp, ctx, st)
    if a.adjusted() - b.adjusted() <= -2:
        return _fix(a._sign, a._int * _pow10(a._exp - exp), exp, ctx, st)
    if a.adjusted() - b.adjusted() > ctx.prec:
        return _invalid(st, _S_DIV_IMPOSSIBLE)
    x = a._int * _pow10(a._exp - exp)
    y = b._int * _pow10(b._exp - exp)
    q, rem = divmod(x, y)
    # The nearest integer quotient (ties to even) leaves the remainder of least magnitude.
    if 2 * rem > y or (2 * rem == y and q & 1):
        rem -= y
        q += 1
    if _nd(q) > ctx.prec:
        return _invalid(st, _S_DIV_IMPOSSIBLE)
    sign = a._sign
    if rem < 0:
        sign ^= 1
        rem = -rem
    return _fix(sign, rem, exp, ctx, st)


def _fma(a, b, c, ctx, st):
    if a.is_nan() or b.is_nan() or c.is_nan():
        if a._exp == "N" or b._exp == "N" or c._exp == "N":
            st.f |= _S_INVALID
            for d in (a, b, c):
                if d._exp == "N":
                    return _fix_nan(_new(d._sign, d._int, "n"), ctx)
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        return _fix_nan(c, ctx)
    sign = a._sign ^ b._sign
    if a._exp == "F" or b._exp == "F":
        if (a._exp != "F" and a._int == 0) or (b._exp != "F" and b._int == 0):
            return _invalid(st)
        prod = _new(sign, 0, "F")
    else:
        prod = _new(sign, a._int * b._int, a._exp + b._exp)
    # One rounding: add with a context of unlimited precision is not needed, the addition
    # below is exact before its single _fix.
    return _add(prod, c, ctx, st)


def _quantize(a, q, ctx, st, rounding):
    r = _nan_result(a, q, ctx, st)
    if r is not None:
        return r
    if a._exp == "F" or q._exp == "F":
        if a._exp == "F" and q._exp == "F":
            return a
        return _invalid(st)
    e = q._exp
    if e > ctx.Emax or e < ctx.Emin - ctx.prec + 1:
        return _invalid(st)
    if a._int == 0:
        return _new(a._sign, 0, e)
    if a.adjusted() > ctx.Emax:
        return _invalid(st)
    if a.adjusted() - e + 1 > ctx.prec:
        return _invalid(st)
    if e >= a._exp:
        drop = e - a._exp
        c, inexact = (a._int, False) if drop == 0 else _round_drop(a._sign, a._int, drop, rounding)
    else:
        c, inexact = a._int * _pow10(a._exp - e), False
    if c and _nd(c) > ctx.prec:
        return _invalid(st)
    if e > a._exp:
        st.f |= _S_ROUNDED
        if inexact:
            st.f |= _S_INEXACT
    if c and e + _nd(c) - 1 < ctx.Emin:
        st.f |= _S_SUBNORMAL
    return _new(a._sign, c, e)


def _to_integral(a, rounding, exact, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F" or a._exp >= 0:
        return a
    if a._int == 0:
        return _new(a._sign, 0, 0)
    c, inexact = _round_drop(a._sign, a._int, -a._exp, rounding)
    if exact:
        st.f |= _S_ROUNDED
        if inexact:
            st.f |= _S_INEXACT
    return _new(a._sign, c, 0)


def _normalize(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        return a
    d = _fixd(a, ctx, st)
    if d._exp == "F":
        return d
    if d._int == 0:
        return _new(d._sign, 0, 0)
    hi = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    c, e = d._int, d._exp
    while c % 10 == 0 and e < hi:
        c //= 10
        e += 1
    return _new(d._sign, c, e)


def _logb(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        return _new(0, 0, "F")
    if a._int == 0:
        st.f |= _S_DIVZERO
        return _new(1, 0, "F")
    adj = a.adjusted()
    return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx, st)


def _scaleb(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    if b._exp != 0 or b.adjusted() > 30:
        return _invalid(st)
    n = int(b)
    lim = 2 * (ctx.Emax + ctx.prec)
    if n > lim or n < -lim:
        return _invalid(st)
    if a._exp == "F":
        return a
    return _fix(a._sign, a._int, a._exp + n, ctx, st)


def _is_integral(d):
    if d._is_special():
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    if -d._exp >= _nd(d._int):
        return False
    return d._int % _pow10(-d._exp) == 0


def _parity(d):
    # The parity of an integral finite Decimal, without building a huge int.
    if d._exp > 0:
        return 0
    if d._exp == 0:
        return d._int & 1
    return (d._int // _pow10(-d._exp)) & 1


def _next_plus(a, ctx, st, down=False):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        if a._sign == (1 if down else 0):
            return a
        big = _new(0, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)
        return big if down else big.copy_negate()
    etiny = ctx.Emin - ctx.prec + 1
    if a._int == 0:
        e = etiny - 1
    else:
        e = min(a._exp, a.adjusted() - ctx.prec, etiny) - 1
    tiny = _new(1 if down else 0, 1, e)
    return _add(a, tiny, _rounded_copy(ctx, ROUND_FLOOR if down else ROUND_CEILING), _Status())


def _rounded_copy(ctx, rounding):
    c = ctx.copy()
    c.rounding = rounding
    return c


def _next_minus(a, ctx, st):
    return _next_plus(a, ctx, st, True)


def _next_toward(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return a.copy_sign(b)
    res = _next_plus(a, ctx, st, c > 0)
    if res._exp == "F":
        st.f |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
    elif res.adjusted() < ctx.Emin:
        st.f |= _S_UNDERFLOW | _S_SUBNORMAL | _S_INEXACT | _S_ROUNDED
        if res._int == 0:
            st.f |= _S_CLAMPED
    return res


# ---------------------------------------------------------------------------------------------
# Powers, roots, exponentials and logarithms

def _pow(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    b_integral = _is_integral(b)
    # The sign of the result: negative only for a negative base and an odd integer power.
    if b_integral and b._exp != "F":
        odd = _parity(b)
    else:
        odd = 0
    if a._sign and a._int != 0 or (a._sign and a._exp == "F"):
        if not b_integral:
            return _invalid(st)
    rsign = a._sign if odd else 0
    if a._exp != "F" and a._int == 0:
        if b._exp != "F" and b._int == 0:
            return _invalid(st)
        if b._sign:
            return _new(rsign, 0, "F")
        return _new(rsign, 0, 0)
    if a._exp == "F":
        if b._exp != "F" and b._int == 0:
            return _fix(0, 1, 0, ctx, st)
        if b._sign:
            return _new(rsign, 0, 0)
        return _new(rsign, 0, "F")
    if b._exp == "F":
        # |a| < 1, == 1 or > 1 decides.
        c = _cmp(a.copy_abs(), _new(0, 1, 0))
        if c == 0:
            # 1 ** inf: one, inexactly, with all the digits of the precision.
            st.f |= _S_INEXACT | _S_ROUNDED
            return _fix(0, _pow10(ctx.prec - 1), 1 - ctx.prec, ctx, st)
        if (c < 0) != bool(b._sign):
            return _new(0, 0, 0)
        return _new(0, 0, "F")
    if b._int == 0:
        return _fix(0, 1, 0, ctx, st)
    bound = _pow_bounds(a, b, rsign, ctx, st)
    if bound is not None:
        return bound
    if b_integral and b.adjusted() >= 12 and a._int == _pow10(_nd(a._int) - 1):
        # A power of ten to an integer power: 10**(j*n) without building it.
        j = _nd(a._int) - 1
        if b.adjusted() > 30 and j + a._exp != 0:
            # |a| ** n is beyond any exponent limit.
            if ((j + a._exp > 0) != bool(b._sign)):
                return _overflow(rsign, ctx, st, ctx.rounding)
            return _fix(rsign, 1, ctx.Emin - ctx.prec - 1, ctx, st)
        n = int(b)
        if n > 0:
            if j * n >= ctx.prec + 2:
                st.f |= _S_ROUNDED
                return _fix(rsign, _pow10(ctx.prec + 1), a._exp * n + j * n - ctx.prec - 1, ctx, st)
            return _fix(rsign, _pow10(j * n), a._exp * n, ctx, st)
        return _fix(rsign, 1, -(j + a._exp) * -n, ctx, st)
    if b_integral and b.adjusted() < 12:
        return _pow_int(a, int(b), b.adjusted() + 1, rsign, ctx, st)
    return _pow_real(a, b, rsign, ctx, st)


def _pow_bounds(a, b, sign, ctx, st):
    """The result of a ** b when a bound on b * log10(|a|) already puts it beyond Emax or
    below Etiny (libmpdec decides these before computing anything); else None."""
    nd = _nd(a._int)
    lead = a._int // _pow10(nd - 17) if nd > 17 else a._int
    digits = str(lead)
    lg = _math.log10(float("0." + digits)) + nd + a._exp
    if lg == 0:
        return None
    zeta = _math.floor(_math.log10(abs(lg)))
    theta = b.adjusted()
    if (a.adjusted() < 0) == bool(b._sign):
        if len(str(ctx.Emax)) < zeta + theta:
            return _overflow(sign, ctx, st, ctx.rounding)
    else:
        etiny = ctx.Emin - ctx.prec + 1
        if len(str(abs(etiny))) < zeta + theta:
            return _fix(sign, 1, etiny - 1, ctx, st)
    return None


def _pow_int(a, n, bdigits, sign, ctx, st):
    """a ** n for an integer n as libmpdec computes it: square-and-multiply from the top bit,
    every product rounded half-even to prec + (digits of n) + 2 digits, then one rounding to
    the context (so a result can differ from the correctly rounded one in its last digit)."""
    work = ctx.copy()
    work.clear_flags()
    object.__setattr__(work, "_prec", ctx.prec + bdigits + 2)
    object.__setattr__(work, "_rounding", ROUND_HALF_EVEN)
    object.__setattr__(work, "_clamp", 0)
    wst = _Status()
    base = a.copy_abs()
    if n < 0:
        object.__setattr__(work, "_prec", work._prec + 1)
        base = _div(_new(0, 1, 0), base, work, wst)
        n = -n
    result = base
    for bit in bin(n)[3:]:
        result = _mul(result, result, work, wst)
        if bit == "1":
            result = _mul(result, base, work, wst)
        if result._exp == "F" or (result._int == 0 and wst.f & _S_CLAMPED):
            break
    if result._exp == "F":
        st.f |= wst.f & (_S_ANY_INVALID | _S_DIVZERO)
        return _overflow(sign, ctx, st, ctx.rounding)
    st.f |= wst.f
    return _fix(sign, result._int, result._exp, ctx, st)


def _pow_real(a, b, sign, ctx, st):
    # exp(b * ln(|a|)), correctly rounded.
    xa = a.copy_abs()

    def t_of(w, bdig):
        ln_c, ln_e = _ln_fixed(xa, w + 10 + bdig)
        return _new(1 if (ln_c < 0) != bool(b._sign) else 0, abs(ln_c) * b._int, ln_e + b._exp)
    t0 = t_of(4, 0)
    if t0._int == 0:
        return _fix(sign, _pow10(ctx.prec + 2) + 1, -(ctx.prec + 2), ctx, st)
    if t0.adjusted() > 20:
        return _exp_out_of_range(t0._sign, ctx, st, ctx.rounding, sign)
    bdig = max(b.adjusted() + 1, 0)

    def approx(w):
        return _exp_fixed(t_of(w, bdig), w)
    # As libmpdec: the power at 23 more digits (half-even), then one rounding to the context,
    # so that an exact power such as 4 ** 0.5 is 2.0000 in every rounding mode.
    work = ctx.copy()
    object.__setattr__(work, "_prec", max(_nd(a._int), ctx.prec) + 23)
    wst = _Status()
    r = _ziv(approx, sign, work, wst)
    if r._exp == "F" or r._int == 0:
        st.f |= wst.f
        if r._exp == "F":
            return _overflow(sign, ctx, st, ctx.rounding)
        return _fix(sign, 0, r._exp, ctx, st)
    st.f |= _S_INEXACT | _S_ROUNDED
    return _fix(sign, r._int, r._exp, ctx, st)


def _ziv(approx, sign, ctx, st, rounding=ROUND_HALF_EVEN):
    """Correctly rounded result of a transcendental function given approximations with a
    growing number of digits (Ziv's strategy: retry until the error cannot change the
    rounding)."""
    w = ctx.prec + 6
    hc = _rounded_copy(ctx, rounding)
    last = None
    for attempt in range(6):
        got = approx(w)
        m, e, err = got
        lo = _fix(sign, (m - err) * 10 + 1, e - 1, hc, _Status())
        hi = _fix(sign, (m + err) * 10 - 1, e - 1, hc, _Status())
        last = (m, e)
        if lo._exp == hi._exp and lo._int == hi._int:
            break
        w = w * 2 if attempt >= 1 else w + 20
    m, e = last
    return _fix(sign, m * 10 + 1, e - 1, hc, st)


def _exp(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        return _new(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _new(0, 1, 0)
    if a.adjusted() > 20:
        return _exp_out_of_range(a._sign, ctx, st)

    def approx(w):
        return _exp_fixed(a, w)
    return _ziv(approx, 0, ctx, st)


_LN10_CACHE = [0, 0]


def _atanh_inv(n, scale):
    """atanh(1/n) * 10**scale, truncated (error below a few units)."""
    one = _pow10(scale)
    total = 0
    term = one // n
    k = 1
    n2 = n * n
    while term:
        total += term // k
        term //= n2
        k += 2
    return total


def _ln10(digits):
    """ln(10) * 10**digits (error at most a few units)."""
    if _LN10_CACHE[0] >= digits:
        return _LN10_CACHE[1] // _pow10(_LN10_CACHE[0] - digits)
    s = digits + 10
    ln2 = 2 * _atanh_inv(3, s)
    ln54 = 2 * _atanh_inv(9, s)
    v = 3 * ln2 + ln54
    _LN10_CACHE[0] = s
    _LN10_CACHE[1] = v
    return v // _pow10(10)


def _ln_fixed(x, w):
    """ln(x) for a finite positive x as (coefficient, exponent) with about w significant
    digits and an error below 10 units of the last one."""
    c, e = x._int, x._exp
    nd = _nd(c)
    k = e + nd - 1
    # y = c / 10**(nd-1) is in [1, 10); move it to [0.316, 3.16) so ln(y) and k*ln10 never
    # cancel.
    if c * c >= 10 * _pow10(2 * (nd - 1)):
        k += 1
        ynum, yden = c, _pow10(nd)
    else:
        ynum, yden = c, _pow10(nd - 1)
    # Digits lost when y is near 1: ln(y) is then about y - 1.
    extra = 0
    if k == 0:
        diff = abs(ynum - yden)
        if diff == 0:
            return 0, 0
        extra = _nd(yden) - _nd(diff) + 1
    p = w + extra + 12
    lny = _ln_scaled(ynum, yden, p)
    total = lny
    if k:
        kd = _nd(abs(k))
        total = lny + k * _ln10(p + kd) // _pow10(kd)
    return total, -p


def _ln_scaled(num, den, p):
    """ln(num/den) * 10**p for num/den in [0.3, 3.2] (error of a few units)."""
    g = 10
    s = p + g
    one = _pow10(s)
    y = num * one // den
    # Square roots bring y near 1; each halves the logarithm.
    r = 0
    lim = one // 100
    while abs(y - one) > lim:
        y = _math.isqrt(y * one)
        r += 1
    # ln(y) = 2 atanh((y - 1) / (y + 1)).
    neg = y < one
    t = abs(y - one) * one // (y + one)
    t2 = t * t // one
    total = 0
    term = t
    k = 1
    while term:
        total += term // k
        term = term * t2 // one
        k += 2
    total = 2 * total * (1 << r) // _pow10(g)
    return -total if neg else total


def _exp_fixed(x, w):
    """exp(x) as (M, exp, err) with M of about w digits, or ("special", fn) when the result
    overflows, underflows or is 1 within any precision."""
    c, e = x._int, x._exp
    adj = e + _nd(c) - 1
    if adj < -(w + 3):
        # exp(tiny) is 1 + tiny: a sticky digit on either side of 1.
        m = _pow10(w + 2)
        return (m + 1, -(w + 2), 0) if not x._sign else (m * 10 - 1, -(w + 3), 0)
    # x as a fixed value with s fractional digits.
    intdigits = max(adj + 1, 1)
    s = w + intdigits + 12
    if e >= -s:
        X = c * _pow10(e + s)
    else:
        X = c // _pow10(-e - s)
    if x._sign:
        X = -X
    g = intdigits + 2
    ln10 = _ln10(s + g)
    n = X * _pow10(g) // ln10
    rr = X - n * ln10 // _pow10(g)
    one = _pow10(s)
    # exp(rr) with rr in [0, ln 10): halve it k times, sum the series, square k times.
    k = 12
    y = rr >> k
    total = one
    term = one
    i = 1
    while term:
        term = term * y // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    # total ~ exp(rr) * 10**s; the result is total * 10**(n - s).
    drop = 8
    m = total // _pow10(drop)
    return m, n - s + drop, 3


def _exp_out_of_range(sign, ctx, st, rounding=ROUND_HALF_EVEN, rsign=0):
    # exp(x) for |x| >= 10**21: beyond every exponent limit.
    if sign:
        return _fix(rsign, 1, ctx.Emin - ctx.prec - 1, ctx, st, rounding)
    return _overflow(rsign, ctx, st, rounding)


def _ln(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp != "F" and a._int == 0:
        return _new(1, 0, "F")
    if a._sign:
        return _invalid(st)
    if a._exp == "F":
        return a
    if a._int == _pow10(_nd(a._int) - 1) and a._exp + _nd(a._int) - 1 == 0:
        return _new(0, 0, 0)

    def approx(w):
        m, e = _ln_fixed(a, w)
        return abs(m), e, 20
    sign = 1 if _cmp(a, _new(0, 1, 0)) < 0 else 0
    return _ziv(approx, sign, ctx, st)


def _log10(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp != "F" and a._int == 0:
        return _new(1, 0, "F")
    if a._sign:
        return _invalid(st)
    if a._exp == "F":
        return a
    nd = _nd(a._int)
    if a._int == _pow10(nd - 1):
        # An exact power of ten.
        k = a._exp + nd - 1
        return _fix(1 if k < 0 else 0, abs(k), 0, ctx, st)

    def approx(w):
        m, e = _ln_fixed(a, w + 5)
        p = -e
        ln10 = _ln10(p)
        v = m * _pow10(p) // ln10
        return abs(v), e, 30
    sign = 1 if _cmp(a, _new(0, 1, 0)) < 0 else 0
    return _ziv(approx, sign, ctx, st)


def _sqrt(a, ctx, st):
    r = _nan_result(a, None, ctx, st)
    if r is not None:
        return r
    if a._exp == "F":
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp // 2
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    prec = ctx.prec
    c, e = a._int, a._exp
    # c * 10**shift with an even exponent and at least 2*(prec+1) digits.
    shift = max(2 * (prec + 1) - _nd(c), 0)
    if (e - shift) % 2:
        shift += 1
    n = c * _pow10(shift)
    q = _math.isqrt(n)
    exp = (e - shift) // 2
    hc = _rounded_copy(ctx, ROUND_HALF_EVEN)
    if q * q != n:
        return _fix(0, q * 10 + 1, exp - 1, hc, st)
    while exp < ideal and q % 10 == 0:
        q //= 10
        exp += 1
    return _fix(0, q, exp, hc, st)


def _pow_mod(a, b, m, context):
    ctx = _ctx(context)
    a = _convert(a, True)
    b = _convert(b, True)
    m = _convert(m, True)
    st = _Status()
    r = None
    for d in (a, b, m):
        if d._exp == "N":
            st.f |= _S_INVALID
            r = _fix_nan(_new(d._sign, d._int, "n"), ctx)
            break
    if r is None:
        for d in (a, b, m):
            if d._exp == "n":
                r = _fix_nan(d, ctx)
                break
    if r is None:
        if not (_is_integral(a) and _is_integral(b) and _is_integral(m)) or b._sign \
                or m._int == 0 or (a._int == 0 and b._int == 0) or _nd(m._int) + m._exp > ctx.prec:
            r = _invalid(st)
        else:
            mi = abs(int(m))
            v = pow(abs(int(a)), int(b), mi)
            sign = a._sign if int(b) & 1 else 0
            r = _new(sign, v, 0)
    ctx._apply(st.f)
    return r


# ---------------------------------------------------------------------------------------------
# Digit-wise operations

def _logical_digits(d, ctx):
    if d._is_special() or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    if len(s) > ctx.prec or any(ch not in "01" for ch in s):
        return None
    return s.rjust(ctx.prec, "0")


def _logical(a, b, ctx, st, fn):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx)
    if x is None or y is None:
        return _invalid(st)
    out = "".join("1" if fn(p == "1", q == "1") else "0" for p, q in zip(x, y))
    return _new(0, int(out), 0)


def _logical_and(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda p, q: p and q)


def _logical_or(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda p, q: p or q)


def _logical_xor(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda p, q: p != q)


def _logical_invert(a, ctx, st):
    return _logical(a, _new(0, int("1" * ctx.prec), 0), ctx, st, lambda p, q: p != q)


def _shift_amount(b, ctx):
    if b._is_special() or b._exp != 0 or abs(b._int) > ctx.prec:
        return None
    return -b._int if b._sign else b._int


def _rotate(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    n = _shift_amount(b, ctx)
    if n is None:
        return _invalid(st)
    if a._exp == "F":
        return a
    s = str(a._int).rjust(ctx.prec, "0")[-ctx.prec:]
    n %= ctx.prec
    s = s[n:] + s[:n]
    return _new(a._sign, int(s), a._exp)


def _shift(a, b, ctx, st):
    r = _nan_result(a, b, ctx, st)
    if r is not None:
        return r
    n = _shift_amount(b, ctx)
    if n is None:
        return _invalid(st)
    if a._exp == "F":
        return a
    c = a._int % _pow10(ctx.prec)
    if n >= 0:
        c = c * _pow10(n) % _pow10(ctx.prec)
    else:
        c //= _pow10(-n)
    return _new(a._sign, c, a._exp)


# ---------------------------------------------------------------------------------------------
# Formatting (the format mini-language of Decimal.__format__)

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == "z":
        no_neg_0 = True
        i += 1
    alt = False
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    thousands = None
    if i < n and spec[i] == ",":
        thousands = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or (ftype is not None and ftype not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    special_fill = None
    if zero:
        special_fill = (fill, align)
        if fill is None:
            fill = "0"
        if align is None:
            align = "="
    if fill is None:
        fill = " "
    if align is None:
        align = ">"
    if thousands and ftype == "n":
        raise ValueError("invalid format string")
    return fill, align, sign, no_neg_0, alt, zero, width, thousands, precision, ftype, special_fill


def _format(d, spec):
    ctx = getcontext()
    (fill, align, signopt, no_neg_0, alt, zero, width, thousands, precision,
     ftype, special_fill) = _parse_spec(spec)
    if ftype is None:
        ftype = "G" if ctx.capitals else "g"
        default_type = True
    else:
        default_type = False
    if ftype == "n":
        ftype = "g"
    sign = d._sign
    if d._is_special():
        body = _to_string(d.copy_abs(), False, 1)
        if ftype == "%":
            body += "%"
        if special_fill is not None:
            # Zero padding does not apply to Infinity and NaN.
            fill = special_fill[0] or " "
            align = special_fill[1] or ">"
        return _pad(sign, body, fill, align, signopt, width, None, False)
    rounding = ctx.rounding
    c, e = d._int, d._exp
    if ftype == "%":
        e += 2
    if precision is not None:
        if ftype in "eE":
            c, e = _round_sig(sign, c, e, precision + 1, rounding)
            if c and _nd(c) < precision + 1:
                pad = precision + 1 - _nd(c)
                c *= _pow10(pad)
                e -= pad
        elif ftype in "fF%":
            if e < -precision:
                c, _ = _round_drop(sign, c, -precision - e, rounding)
                e = -precision
        elif ftype in "gG":
            p = precision if precision else 1
            if _nd(c) > p:
                c, e = _round_sig(sign, c, e, p, rounding)
    if c == 0 and e > 0 and ftype in "fF%":
        e = 0
    if c == 0 and no_neg_0:
        sign = 0
    digits = _str_of(c)
    left = e + len(digits)
    if ftype in "eE":
        if c == 0 and precision is not None:
            dot = 1 - precision
        else:
            dot = 1
    elif ftype in "fF%":
        dot = left
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        intpart = "0"
        frac = "0" * -dot + digits
    elif dot > len(digits):
        intpart = digits + "0" * (dot - len(digits))
        frac = ""
    else:
        intpart = digits[:dot] or "0"
        frac = digits[dot:]
    expo = left - dot
    if ftype in "fF%" and precision is not None and len(frac) < precision:
        frac = frac + "0" * (precision - len(frac))
    point = "." if frac or alt else ""
    if ftype in "eE" or (ftype in "gG" and expo != 0) or (default_type and expo != 0):
        etype = "E" if ftype in "EG" else "e"
        if default_type:
            etype = "E" if ctx.capitals else "e"
        tail = point + frac + etype + "%+d" % expo
    else:
        tail = point + frac
    if ftype == "%":
        tail += "%"
    return _pad(sign, None, fill, align, signopt, width, (intpart, tail, thousands), zero)


def _round_sig(sign, c, e, p, rounding):
    nd = _nd(c)
    if nd <= p:
        return c, e
    drop = nd - p
    c2, _ = _round_drop(sign, c, drop, rounding)
    e2 = e + drop
    if _nd(c2) > p:
        c2 //= 10
        e2 += 1
    return c2, e2


def _group(digits, sep, minwidth):
    # Groups of three digits from the right; zero padding widens the integer part (separators
    # included) to at least minwidth.
    out = _join_groups(digits, sep)
    while len(out) < minwidth:
        digits = "0" + digits
        out = _join_groups(digits, sep)
    return out


def _join_groups(digits, sep):
    groups = []
    s = digits
    while s:
        groups.append(s[-3:])
        s = s[:-3]
    return sep.join(reversed(groups))


def _pad(sign, body, fill, align, signopt, width, parts, zero):
    if sign:
        sgn = "-"
    elif signopt == "+":
        sgn = "+"
    elif signopt == " ":
        sgn = " "
    else:
        sgn = ""
    if parts is not None:
        intpart, tail, thousands = parts
        if thousands:
            minw = 0
            if zero and width is not None and fill == "0" and align == "=":
                minw = width - len(sgn) - len(tail)
            intpart = _group(intpart, thousands, minw)
        body = intpart + tail
    total = len(sgn) + len(body)
    if width is None or total >= width:
        return sgn + body
    padn = width - total
    if align == "<":
        return sgn + body + fill * padn
    if align == ">":
        return fill * padn + sgn + body
    if align == "=":
        return sgn + fill * padn + body
    half = padn // 2
    return fill * half + sgn + body + fill * (padn - half)


# ---------------------------------------------------------------------------------------------
# Contexts

_SIG_BITS = dict(_SIGNALS)
# libmpdec's status bits in order, with the signal each one is listed as.
_BIT_NAMES = tuple((1 << i, n) for i, n in enumerate((
    "Clamped", "InvalidOperation", "DivisionByZero", "InvalidOperation", "InvalidOperation",
    "InvalidOperation", "Inexact", "InvalidOperation", "InvalidOperation", "InvalidOperation",
    "FloatOperation", "Overflow", "Rounded", "Subnormal", "Underflow")))


def _mask_names(m):
    names = []
    for bit, name in _BIT_NAMES:
        if m & bit and name not in names:
            names.append(name)
    return names


class _SignalDict(object):
    """The flags or traps of a context: a mapping from each signal to a bool, kept as the
    status bits of the conditions met (so the context's repr lists them in libmpdec's
    order)."""

    __slots__ = ("_m",)

    def __init__(self, init=None):
        self._m = 0
        if init is None:
            return
        if isinstance(init, int):
            self._m = init
        elif isinstance(init, (_SignalDict, dict)):
            keys = list(init.keys())
            if len(keys) != len(_SIGNAL_ORDER) or any(k not in _SIG_BITS for k in keys):
                raise KeyError("invalid signal dict")
            for k in keys:
                if init[k]:
                    self._m |= _SIG_BITS[k]
        else:
            for sig in init:
                if sig not in _SIG_BITS:
                    raise KeyError("invalid error flag")
                self._m |= _SIG_BITS[sig]

    def _bits(self, key):
        try:
            return _SIG_BITS[key]
        except (KeyError, TypeError):
            raise KeyError("invalid signal dict") from None

    def __getitem__(self, key):
        return bool(self._m & self._bits(key))

    def __setitem__(self, key, value):
        bits = self._bits(key)
        if value:
            self._m |= bits
        else:
            self._m &= ~bits

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, key):
        return key in _SIG_BITS

    def __iter__(self):
        return iter(_SIGNAL_ORDER)

    def __len__(self):
        return len(_SIGNAL_ORDER)

    def keys(self):
        return list(_SIGNAL_ORDER)

    def values(self):
        return [bool(self._m & bits) for _, bits in _SIGNALS]

    def items(self):
        return [(sig, bool(self._m & bits)) for sig, bits in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIG_BITS:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.items() == other.items()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v)
                               for k, v in self.items()) + "}"


def _int_arg(v):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    v = int(v)
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return v


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext
        object.__setattr__(self, "_prec", 28)
        object.__setattr__(self, "_rounding", ROUND_HALF_EVEN)
        object.__setattr__(self, "_Emin", -999999)
        object.__setattr__(self, "_Emax", 999999)
        object.__setattr__(self, "_capitals", 1)
        object.__setattr__(self, "_clamp", 0)
        object.__setattr__(self, "_flags", _SignalDict())
        object.__setattr__(self, "_traps", _SignalDict())
        if dc is not None:
            self.prec = dc.prec if prec is None else prec
            self.rounding = dc.rounding if rounding is None else rounding
            self.Emin = dc.Emin if Emin is None else Emin
            self.Emax = dc.Emax if Emax is None else Emax
            self.capitals = dc.capitals if capitals is None else capitals
            self.clamp = dc.clamp if clamp is None else clamp
            traps_init = dc.traps if traps is None else traps
        else:
            for name, v in (("prec", prec), ("rounding", rounding), ("Emin", Emin),
                            ("Emax", Emax), ("capitals", capitals), ("clamp", clamp)):
                if v is not None:
                    setattr(self, name, v)
            traps_init = traps
        if traps_init is not None:
            object.__setattr__(self, "_traps", _SignalDict(
                traps_init._m if isinstance(traps_init, _SignalDict) else traps_init))
        if flags is not None:
            object.__setattr__(self, "_flags", _SignalDict(
                flags._m if isinstance(flags, _SignalDict) else flags))

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        v = _int_arg(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        object.__setattr__(self, "_prec", v)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        _check_rounding(v)
        object.__setattr__(self, "_rounding", v)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        v = _int_arg(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        object.__setattr__(self, "_Emin", v)

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        v = _int_arg(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, "_Emax", v)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        v = _int_arg(v)
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        object.__setattr__(self, "_capitals", v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        v = _int_arg(v)
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        object.__setattr__(self, "_clamp", v)

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, v):
        object.__setattr__(self, "_flags", _SignalDict(v._m if isinstance(v, _SignalDict) else v))

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, v):
        object.__setattr__(self, "_traps", _SignalDict(v._m if isinstance(v, _SignalDict) else v))

    def __setattr__(self, name, value):
        if name in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __getattr__(self, name):
        # Only reached for a missing attribute: CPython's message names the C type.
        raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))

    # -- bookkeeping ------------------------------------------------------------------------

    def _set_flags(self, f):
        self._flags._m |= f

    def _apply(self, f):
        """Set the flags of the conditions in f; raise the first trapped signal."""
        if not f:
            return
        self._flags._m |= f
        trapped = f & self._traps._m
        if not trapped:
            return
        conds = [cls for cls, bits in _CONDITIONS if trapped & bits]
        for sig, bits in _SIGNALS:
            if trapped & bits:
                raise sig(conds)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def clear_flags(self):
        self._flags._m = 0

    def clear_traps(self):
        self._traps._m = 0

    def copy(self):
        c = Context.__new__(Context)
        for name in ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp"):
            object.__setattr__(c, name, getattr(self, name))
        object.__setattr__(c, "_flags", _SignalDict(self._flags._m))
        object.__setattr__(c, "_traps", _SignalDict(self._traps._m))
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s, v in self._flags.items() if v]
        traps = [s for s, v in self._traps.items() if v]
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        flags = _mask_names(self._flags._m)
        traps = _mask_names(self._traps._m)
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self._prec, self._rounding, self._Emin, self._Emax,
                                             self._capitals, self._clamp, ", ".join(flags),
                                             ", ".join(traps)))

    # -- conversions ------------------------------------------------------------------------

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            parsed = _parse(num, True)
            if parsed is None:
                self._apply(_S_CONVERSION)
                return _new(0, 0, "n")
            d = _new(*parsed)
        elif isinstance(num, float):
            self._apply(_S_FLOAT)
            d = _new(*_from_float_parts(num))
        else:
            d = Decimal(num)
        st = _Status()
        r = _fixd(d, self, st)
        self._apply(st.f)
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        st = _Status()
        r = _fixd(d, self, st)
        self._apply(st.f)
        return r

    def _u(self, fn, a):
        a = _convert(a, True)
        st = _Status()
        r = fn(a, self, st)
        self._apply(st.f)
        return r

    def _b(self, fn, a, b):
        a = _convert(a, True)
        b = _convert(b, True)
        st = _Status()
        r = fn(a, b, self, st)
        self._apply(st.f)
        return r

    def abs(self, a):
        return self._u(_abs, a)

    def plus(self, a):
        return self._u(_plus, a)

    def minus(self, a):
        return self._u(_minus, a)

    def add(self, a, b):
        return self._b(_add, a, b)

    def subtract(self, a, b):
        return self._b(_sub, a, b)

    def multiply(self, a, b):
        return self._b(_mul, a, b)

    def divide(self, a, b):
        return self._b(_div, a, b)

    def divide_int(self, a, b):
        return self._b(_divint, a, b)

    def remainder(self, a, b):
        return self._b(_rem, a, b)

    def remainder_near(self, a, b):
        return self._b(_rem_near, a, b)

    def divmod(self, a, b):
        return self._b(_divmod, a, b)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return _pow_mod(a, b, modulo, self)
        return self._b(_pow, a, b)

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, self)

    def sqrt(self, a):
        return self._u(_sqrt, a)

    def exp(self, a):
        return self._u(_exp, a)

    def ln(self, a):
        return self._u(_ln, a)

    def log10(self, a):
        return self._u(_log10, a)

    def logb(self, a):
        return self._u(_logb, a)

    def scaleb(self, a, b):
        return self._b(_scaleb, a, b)

    def normalize(self, a):
        return self._u(_normalize, a)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def same_quantum(self, a, b):
        return _convert(a, True).same_quantum(b)

    def compare(self, a, b):
        return self._b(_compare, a, b)

    def compare_signal(self, a, b):
        return self._b(_compare_signal, a, b)

    def compare_total(self, a, b):
        return _convert(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a, True).compare_total_mag(b)

    def max(self, a, b):
        return self._b(_max, a, b)

    def min(self, a, b):
        return self._b(_min, a, b)

    def max_mag(self, a, b):
        return self._b(_max_mag, a, b)

    def min_mag(self, a, b):
        return self._b(_min_mag, a, b)

    def next_plus(self, a):
        return self._u(_next_plus, a)

    def next_minus(self, a):
        return self._u(_next_minus, a)

    def next_toward(self, a, b):
        return self._b(_next_toward, a, b)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _to_string(_convert(a, True), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(_convert(a, True), True, self._capitals)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def copy_abs(self, a):
        return _convert(a, True).copy_abs()

    def copy_negate(self, a):
        return _convert(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert(a, True))

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _convert(a, True).is_finite()

    def is_infinite(self, a):
        return _convert(a, True).is_infinite()

    def is_nan(self, a):
        return _convert(a, True).is_nan()

    def is_qnan(self, a):
        return _convert(a, True).is_qnan()

    def is_snan(self, a):
        return _convert(a, True).is_snan()

    def is_signed(self, a):
        return _convert(a, True).is_signed()

    def is_zero(self, a):
        return _convert(a, True).is_zero()

    def is_normal(self, a):
        return _convert(a, True).is_normal(self)

    def is_subnormal(self, a):
        return _convert(a, True).is_subnormal(self)

    def number_class(self, a):
        return _convert(a, True).number_class(self)

    def logical_and(self, a, b):
        return self._b(_logical_and, a, b)

    def logical_or(self, a, b):
        return self._b(_logical_or, a, b)

    def logical_xor(self, a, b):
        return self._b(_logical_xor, a, b)

    def logical_invert(self, a):
        return self._u(_logical_invert, a)

    def rotate(self, a, b):
        return self._b(_rotate, a, b)

    def shift(self, a, b):
        return self._b(_shift, a, b)

    def radix(self):
        return Decimal(10)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

_current = _contextvars.ContextVar("decimal_context")


def getcontext():
    """The current thread's context (a copy of DefaultContext at first use)."""
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current.set(ctx)
        return ctx


def setcontext(context):
    """Make context the current thread's context (templates are copied first)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCAL_KEYS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (or of the current context),
    changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    for k in kwargs:
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    new = ctx.copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _ContextManager(new)


for _cls in (Decimal, Context, DecimalTuple, DecimalException, Clamped, InvalidOperation,
             ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = "decimal"
del _cls

# C types in CPython: messages name them with their module ('decimal.Decimal').
from _pyglass_types import native_type as _native_type

_native_type(Decimal)
_native_type(Context)
del _native_type
