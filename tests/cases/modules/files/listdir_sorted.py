import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_listdir_sorted")


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
    for name in ["b.txt", "a.txt", "c.dat", "zz"]:
        with open(os.path.join(TMP, name), "w") as f:
            f.write(name)
    os.mkdir(os.path.join(TMP, "sub"))
    print(sorted(os.listdir(TMP)))
    print(sorted(n for n in os.listdir(TMP) if n.endswith(".txt")))
    print(sorted(e.name for e in os.scandir(TMP) if e.is_dir()))
    print(sorted(os.listdir(TMP.encode()))[:2])
    for top, dirs, files in os.walk(TMP):
        print(os.path.relpath(top, TMP), sorted(dirs), sorted(files))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
