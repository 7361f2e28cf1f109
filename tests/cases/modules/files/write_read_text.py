import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("write_read_text")
try:
    p = os.path.join(TMP, "a.txt")
    with open(p, "w") as f:
        print(f.write("first line\n"))
        print(f.write("second é line\n"))
        print(f.writable(), f.readable(), f.seekable())
    with open(p) as f:
        print(repr(f.read()))
    with open(p, encoding="utf-8") as f:
        print(f.encoding, repr(f.read(5)), repr(f.read(6)), repr(f.read()))
    with open(p, "r+") as f:
        print(f.read(5))
    print(os.path.getsize(p), os.path.isfile(p), os.path.isdir(p))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
