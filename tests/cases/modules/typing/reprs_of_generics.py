from typing import List, Dict, Tuple, Set, FrozenSet, Optional, Union, Callable, Iterable, Iterator, Mapping, Sequence, Type, Any
import typing
print(List[Dict[str, Tuple[int, ...]]], Set[int], FrozenSet[str], Optional[List[int]], Union[int, None, str], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Mapping[str, Any], Sequence[bytes], Type[int], typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str])
print(list[tuple[int, str]], dict[str, set[int]] | None, type[int], tuple[int, ...], Union[List[int], Dict[str, int]])
print(repr(Optional[int]), repr(int | str), (int | str).__args__, List[int].__args__, typing.get_args(Callable[[int, str], bool]))
