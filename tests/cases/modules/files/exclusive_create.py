import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_exclusive_create")


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
    p = os.path.join(TMP, "once.txt")
    with open(p, "x") as f:
        f.write("made")
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        open(p, "xb")
    except OSError as e:
        print(type(e).__name__, isinstance(e, OSError), e.errno)
    print(open(p).read())
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
