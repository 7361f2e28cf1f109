from dataclasses import dataclass, field, replace, fields, make_dataclass, InitVar, asdict
import dataclasses
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), [(f.name, f.kw_only) for f in fields(K)])
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass
class R:
    x: int
    y: int = field(init=False, default=5)
    z: InitVar[int] = 0
    def __post_init__(self, z):
        self.y += z
r = R(1, 10)
print(r, replace(r, x=2, z=1))
for f in [lambda: replace(r, y=3), lambda: field(default=1, default_factory=list)]:
    try:
        f()
    except ValueError as e:
        print(e)
P = make_dataclass("P", [("x", int), ("y", int, field(default=3))], frozen=True)
p = P(1)
print(p, hash(p) == hash(P(1)), asdict(p), P.__dataclass_params__.frozen)
try:
    p.x = 2
except dataclasses.FrozenInstanceError as e:
    print(e)
@dataclass
class Q:
    a: list = field(default_factory=list, repr=False)
    b: dict = field(default_factory=dict, compare=False)
print(Q(), Q([1]) == Q([1], {"k": 1}), Q.__eq__ is not object.__eq__, fields(Q)[0].repr, fields(Q)[1].compare)
try:
    @dataclass
    class T:
        x = field()
except TypeError as e:
    print(e)
@dataclass(order=True, frozen=True)
class V:
    n: int
try:
    @dataclass
    class W(V):
        m: int = 0
except TypeError as e:
    print(e)
