from dataclasses import dataclass, field, asdict, astuple, fields, replace
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2), asdict(p), astuple(p), [f.name for f in fields(p)], replace(p, y=5))
p.tags.append("a")
print(repr(p), Point.__init__.__doc__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        l: list = []
except ValueError as e:
    print(e)
