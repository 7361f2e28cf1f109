import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("dirs")
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
