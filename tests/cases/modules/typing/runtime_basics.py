from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, cast, TYPE_CHECKING, Literal, Final, ClassVar
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int], Tuple[int, ...], Callable[[int], str], Any, Literal[1, "a"], Final[int], ClassVar[int])
print(list[int], dict[str, list[int]], int | None, tuple[()], type(list[int]).__name__, list[int].__origin__, dict[str, int].__args__)
T = TypeVar("T")
print(T, TypeVar("U", bound=int), TypeVar("V", int, str), cast(int, "not checked"), TYPE_CHECKING)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, int], List[int] == List[int])
from typing import get_origin, get_args
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[str]), get_origin(Literal[1]))
