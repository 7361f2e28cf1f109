import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_lines")


def cleanup(d):
    if not os.path.isdir(d):
        return
    for n in os.listdir(d):
        p = os.path.join(d, n)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(d)


cleanup(TMP)
os.mkdir(TMP)
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
