import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_closed_file")


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
    p = os.path.join(TMP, "closed.txt")
    with open(p, "w") as f:
        f.write("abc")
    f = open(p)
    f.close()
    for op in (f.read, f.readline, f.tell, lambda: f.write("x"), lambda: next(f)):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    b = open(p, "rb")
    b.close()
    for op in (b.read, b.readline, lambda: b.seek(0)):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    w = open(p, "wb")
    w.close()
    try:
        w.write(b"x")
    except ValueError as e:
        print("ValueError:", e)
    r = open(p, "rb")
    try:
        r.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
    finally:
        r.close()
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
