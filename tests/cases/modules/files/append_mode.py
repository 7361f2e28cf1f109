import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("append_mode")
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
