from dataclasses import dataclass, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "old"), Version(1, 2, "a")]
print(sorted(vs), max(vs), Version(1, 2, "x") == Version(1, 2, "y"), Version(1) < Version(1, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [2]))
@dataclass(frozen=True)
class F:
    x: int
print(hash(F(1)) == hash((1,)), {F(1), F(1), F(2)})
