import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("seek_tell_binary")
try:
    p = os.path.join(TMP, "s.bin")
    with open(p, "w+b") as f:
        print(repr(f).replace(repr(p), "P"))
        f.write(b"0123456789")
        print(f.tell())
        print(f.seek(2), f.read(3), f.tell())
        print(f.seek(-2, 2), f.read())
        print(f.seek(-5, 1), f.read(1))
        f.seek(0)
        f.write(b"AB")
        print(f.tell(), f.read(2))
        print(f.truncate(6), f.seek(0, 2))
        f.seek(0)
        print(f.read())
    with open(p, "r+b") as f:
        print(f.mode, f.readline(), f.tell())
    with open(p) as f:
        f.read(2)
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(rest == f.read(), repr(rest))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
