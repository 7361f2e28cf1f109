import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_with_closing")


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
    p = os.path.join(TMP, "c.txt")
    with open(p, "w") as f:
        print(f.closed)
        f.write("x" * 10)
    print(f.closed)
    print(open(p).read())
    g = open(p, "rb")
    print(g.closed, g.name == p, g.raw.closed)
    g.close()
    g.close()
    print(g.closed, g.raw.closed)
    try:
        with open(p) as h:
            raise KeyError("inside")
    except KeyError as e:
        print("caught", e, h.closed)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
