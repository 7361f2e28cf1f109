from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "x"
v = V(1)
print(v, hash(v) == hash(V(1)), V(1) < V(2), V(1, "a") < V(1, "b"), sorted([V(3), V(1, "z"), V(1, "a")]))
try:
    v.a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False, repr=False, default=0)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(3, 10)
print(w, w.b)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW(0, b=9))
try:
    KW(1, 2)
except TypeError as e:
    print(e)
@dataclass(eq=False, repr=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith("<__main__.Plain object"))
@dataclass(slots=True)
class S:
    a: int
print(S.__slots__, S(4))
