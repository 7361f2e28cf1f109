import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_text_seek")


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
    p = os.path.join(TMP, "k.txt")
    with open(p, "w+") as f:
        f.write("abcdef\n")
        for args in [(2, 1), (-1, 2), (0, 3), (-1, 0), (0, 1), (0, 2), (1, 0)]:
            try:
                print(args, f.seek(*args), repr(f.read()))
            except (ValueError, OSError) as e:
                print(args, type(e).__name__, e)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
