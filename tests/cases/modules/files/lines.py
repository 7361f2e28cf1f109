import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("lines")
try:
    p = os.path.join(TMP, "lines.txt")
    with open(p, "w") as f:
        f.writelines(["alpha\n", "beta\n", "gamma\n", "delta"])
    with open(p) as f:
        print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()))
    with open(p) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(p) as f:
        print(list(f))
    with open(p, "rb") as f:
        print(f.readline(), f.readlines())
    with open(p, "rb") as f:
        print([line for line in f])
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
