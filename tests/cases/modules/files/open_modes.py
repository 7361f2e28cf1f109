import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("open_modes")
try:
    p = os.path.join(TMP, "m.txt")
    with open(p, "w") as f:
        f.write("hi")
    for mode in ["rw", "rr", "rbt", "U", "r+b+", "b", "", "wa", "z"]:
        try:
            open(p, mode)
        except ValueError as e:
            print(repr(mode), e)
    for kwargs in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
        try:
            open(p, "rb", **kwargs)
        except ValueError as e:
            print(e)
    try:
        open(p, "r", buffering=0)
    except ValueError as e:
        print(e)
    try:
        open(p, "r", newline="x")
    except ValueError as e:
        print(e)
    try:
        open(p, 5)
    except TypeError as e:
        print(e)
    try:
        open(3.5)
    except TypeError as e:
        print(e)
    for mode in ["r", "rt", "w", "a", "r+", "rb", "wb", "ab", "r+b", "w+b"]:
        with open(p, mode) as f:
            print(mode, f.mode, type(f).__name__, repr(f).replace(repr(p), "P"))
    with open(p, "rb", buffering=0) as f:
        print(repr(f).replace(repr(p), "P"))
    f.close()
    print(repr(f))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
