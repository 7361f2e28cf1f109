import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("closed_file")
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
