import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("exclusive_create")
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
