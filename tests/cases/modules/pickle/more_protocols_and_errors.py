import pickle
from fractions import Fraction
from datetime import date, datetime, timedelta, timezone
for proto in range(6):
    for v in [Fraction(1, 3), date(2020, 1, 2), timedelta(1, 2, 3), datetime(2020, 1, 1, tzinfo=timezone.utc), [1.5, -0.0, float("inf")], {"a": (1, 2)}, "a\nb\\c\u1234", b"\x00\xff", 2 ** 100, -5, None]:
        d = pickle.dumps(v, protocol=proto)
        assert pickle.loads(d) == v, (proto, v)
    print(proto, pickle.dumps([1, "a", (2.5, None)], protocol=proto))
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = 2
s = pickle.loads(pickle.dumps(Slots()))
print(s.a, s.b)
print(pickle.dumps(Fraction(1, 3), 4))
print(pickle.dumps(date(2020, 1, 2), 2) == pickle.dumps(date(2020, 1, 2), 2))
for bad in [b"\x80\x04\x95", b"(", b"\x80\x09N.", b"zzz"]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"cbuiltins\nlen\n."), pickle.loads(b"c__builtin__\nset\n((I1\nttR."))
