"""Rational numbers (the interface of CPython's fractions.Fraction)."""

import math as _math
import sys as _sys

__all__ = ["Fraction"]

try:
    _HASH_MODULUS = _sys.hash_info.modulus
    _HASH_INF = _sys.hash_info.inf
except AttributeError:
    _HASH_MODULUS = (1 << 61) - 1
    _HASH_INF = 314159

try:
    import numbers as _numbers
except ImportError:
    _numbers = None


def _is_decimal(x):
    # A Decimal (or subclass) when the decimal module is loaded; no Decimal exists otherwise.
    dec = _sys.modules.get("decimal")
    return dec is not None and isinstance(x, dec.Decimal)


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    return _numbers is not None and isinstance(x, _numbers.Rational)


def _is_digits(s):
    # Decimal digits, single underscores allowed between them (as int() literals).
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    return all(c == "_" or c.isdecimal() for c in s)


def _parse(text):
    """(numerator, denominator) of a Fraction string, or None when it is not one."""
    s = text.strip()
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (_is_digits(num) and _is_digits(den)):
            return None
        n, d = int(num), int(den)
    else:
        exp = 0
        for i, c in enumerate(s):
            if c in "eE":
                e = s[i + 1:]
                body = e[1:] if e[:1] in ("+", "-") else e
                if not _is_digits(body):
                    return None
                exp = int(e)
                s = s[:i]
                break
        ip, dot, fp = s.partition(".")
        if ip and not _is_digits(ip):
            return None
        if fp and not _is_digits(fp):
            return None
        if not ip and not fp:
            return None
        fp = fp.replace("_", "")
        n = int(ip or "0") * 10 ** len(fp) + (int(fp) if fp else 0)
        d = 10 ** len(fp)
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    return (-n if negative else n), d


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator positive."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        # Walks the continued fraction expansion; the answer is the last convergent or the
        # best semiconvergent after it, whichever is nearer (ties go to the convergent).
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: exact between rationals, float or complex when the other side is one.
    def _binary(name, exact, fallback):
        def forward(a, b):
            if isinstance(b, Fraction) or type(b) is int or _is_rational(b):
                return exact(a, Fraction(b) if not isinstance(b, Fraction) else b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if _is_rational(a):
                return exact(Fraction(a), b)
            if isinstance(a, float):
                return fallback(a, float(b))
            if isinstance(a, complex):
                return fallback(a, complex(b))
            return NotImplemented

        forward.__name__ = "__" + name + "__"
        reverse.__name__ = "__r" + name + "__"
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _binary("add", _add, lambda x, y: x + y)
    __sub__, __rsub__ = _binary("sub", _sub, lambda x, y: x - y)
    __mul__, __rmul__ = _binary("mul", _mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _binary("truediv", _div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _binary("floordiv", _floordiv, lambda x, y: x // y)
    __divmod__, __rdivmod__ = _binary("divmod", _divmod, divmod)
    __mod__, __rmod__ = _binary("mod", _mod, lambda x, y: x % y)
    del _binary

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                    _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        # Halves round to even, as round() does for every built-in number.
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        # The hash of the rational n/d in CPython's numeric hash (n * d^-1 modulo 2**61-1),
        # so that equal ints, floats and Fractions hash alike.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    # The numbers.Complex interface.
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


if _numbers is not None:
    try:
        _numbers.Rational.register(Fraction)
    except AttributeError:
        pass
