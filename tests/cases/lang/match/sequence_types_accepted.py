import collections

for subject in ([1, 2], (1, 2), range(1, 3), collections.deque([1, 2]), memoryview(b"\x01\x02")):
    match subject:
        case [1, 2]:
            print(type(subject).__name__, "matches [1, 2]")
        case _:
            print(type(subject).__name__, "does not match")
for subject in ("12", b"\x01\x02", bytearray(b"\x01\x02"), {1: 0, 2: 0}):
    match subject:
        case [_, _]:
            print(type(subject).__name__, "matches")
        case _:
            print(type(subject).__name__, "is not a sequence for match")
