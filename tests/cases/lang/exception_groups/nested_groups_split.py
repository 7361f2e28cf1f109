eg = ExceptionGroup(
    "outer",
    [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)],
)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError), eg.split(OSError)[0])
try:
    raise eg
except* TypeError as caught:
    print("caught:", repr(caught))
except* ValueError as caught:
    print("caught:", repr(caught))
except* KeyError:
    print("keys")
