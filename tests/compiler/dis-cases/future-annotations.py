from __future__ import annotations
x: int = 1
y: list[dict[str, int | None]]
def f(a: A.B, b: "q" = 1, *c: tuple[int, ...], d: Callable[[int], str] = None, **e: Any) -> Optional[int]:
    v: int = 1
    return v
class C:
    attr: ClassVar[int] = 0
    other: 1 + 2 * 3 - -4
    lam: lambda x: x
    sub: a[1:2, ::3]
