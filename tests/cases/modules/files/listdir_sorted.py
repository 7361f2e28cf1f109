import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("listdir_sorted")
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
