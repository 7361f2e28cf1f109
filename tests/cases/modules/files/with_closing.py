import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("with_closing")
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
