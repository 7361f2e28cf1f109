import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("rename")
try:
    a = os.path.join(TMP, "a.txt")
    b = os.path.join(TMP, "b.txt")
    with open(a, "w") as f:
        f.write("content")
    os.rename(a, b)
    print(os.path.exists(a), os.path.exists(b), open(b).read())
    with open(a, "w") as f:
        f.write("new")
    os.replace(a, b)
    print(sorted(os.listdir(TMP)), open(b).read())
    try:
        os.rename(a, b)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename), os.path.basename(e.filename2))
    os.mkdir(os.path.join(TMP, "d"))
    os.rename(os.path.join(TMP, "d"), os.path.join(TMP, "e"))
    print(sorted(os.listdir(TMP)))
    st = os.stat(b)
    print(st.st_size, st.st_mtime > 0, type(st.st_mode).__name__)
    print(os.stat(TMP).st_mode & 0o170000 == 0o040000, st.st_mode & 0o170000 == 0o100000)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
