from typing import get_type_hints, Optional, List
class C:
    a: int
    b: "List[str]"
    c: Optional[int] = None
def g(x: int, y: "str" = "d") -> List[int]:
    return [x]
print(C.__annotations__, get_type_hints(C), get_type_hints(g), g.__annotations__)
from typing import Annotated, NewType
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, Annotated[int, "meta"], get_type_hints(g, include_extras=True)["return"])
