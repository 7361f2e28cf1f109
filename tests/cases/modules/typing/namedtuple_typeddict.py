from typing import NamedTuple, TypedDict, Optional
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("Ann")
print(e, e._fields, e._field_defaults, Emp.__annotations__, e._replace(id=7), isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
class Partial(Movie, total=False):
    rating: Optional[float]
m: Movie = {"title": "X", "year": 1999}
print(m, type(m).__name__, Movie.__required_keys__, Partial.__optional_keys__, Partial.__total__, sorted(Partial.__annotations__))
M2 = TypedDict("M2", {"a": int})
print(M2(a=1), M2.__required_keys__)
N2 = NamedTuple("N2", [("x", int)])
print(N2(5), N2.__annotations__)
