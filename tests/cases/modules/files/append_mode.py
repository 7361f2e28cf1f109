import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_append_mode")


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
    p = os.path.join(TMP, "log.txt")
    for i in range(3):
        with open(p, "a") as f:
            f.write("entry %d\n" % i)
    with open(p, "a+") as f:
        print(f.tell())
        f.write("more\n")
        f.seek(0)
        print(f.read().splitlines())
    with open(p, "ab") as f:
        f.write(b"bytes\n")
        print(f.mode)
    with open(p) as f:
        print(f.read())
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
