import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_dirs")


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
    deep = os.path.join(TMP, "a", "b", "c")
    os.makedirs(deep)
    print(os.path.isdir(deep))
    os.makedirs(deep, exist_ok=True)
    try:
        os.makedirs(deep)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        os.mkdir(deep)
    except FileExistsError as e:
        print("mkdir:", e.errno, e.strerror)
    with open(os.path.join(deep, "f"), "w") as f:
        f.write("1")
    try:
        os.rmdir(deep)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.mkdir(os.path.join(deep, "f", "g"))
    except NotADirectoryError as e:
        print(type(e).__name__, e.errno)
    os.remove(os.path.join(deep, "f"))
    os.removedirs(deep)
    print(os.path.exists(os.path.join(TMP, "a")), os.path.exists(TMP))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
