import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("text_tell")
try:
    p = os.path.join(TMP, "t.txt")
    with open(p, "wb") as f:
        f.write(b"ab\r\ncd\r\nef\nlast")
    with open(p) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(repr(first), pos, repr(rest), repr(f.readline()), f.tell())
        f.seek(0)
        print(f.readlines(), f.tell())
    with open(p, "w+") as f:
        f.write("hello\nthere\n")
        print(f.tell())
        f.seek(0)
        print(repr(f.readline()), f.tell(), repr(f.read()))
    with open(p, "r+") as f:
        print(repr(f.readline()))
        f.write("XY")
    with open(p, "rb") as f:
        print(f.read())
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
