import os
import shutil
from _scratch import cleanup, fresh_dir

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(root, top)
        for f in sorted(files):
            with open(os.path.join(root, f)) as h:
                out.append((os.path.join(rel, f), h.read()))
    return out

base = fresh_dir("shutil_trees")
try:
    src = os.path.join(base, "src")
    os.makedirs(os.path.join(src, "a", "b"))
    for p, text in [("x.txt", "x"), ("a/y.py", "y"), ("a/b/z.txt", "z"), ("a/b/w.pyc", "w")]:
        with open(os.path.join(src, p), "w") as f:
            f.write(text)
    out = shutil.copytree(src, os.path.join(base, "copy"))
    print(os.path.basename(out), tree(out))
    out2 = shutil.copytree(src, os.path.join(base, "copy2"), ignore=shutil.ignore_patterns("*.pyc", "y*"))
    print(tree(out2))
    try:
        shutil.copytree(src, out)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(src, out, dirs_exist_ok=True)
    moved = shutil.move(os.path.join(base, "copy2"), os.path.join(base, "moved"))
    print(os.path.basename(moved), os.path.exists(os.path.join(base, "copy2")), tree(moved))
    os.mkdir(os.path.join(base, "into"))
    m2 = shutil.move(os.path.join(src, "x.txt"), os.path.join(base, "into"))
    print(os.path.relpath(m2, base), os.path.exists(os.path.join(src, "x.txt")))
    with open(os.path.join(src, "x.txt"), "w") as f:
        f.write("again")
    try:
        shutil.move(os.path.join(src, "x.txt"), os.path.join(base, "into"))
    except shutil.Error as e:
        print("Error", str(e).replace(base, "BASE"))
    shutil.rmtree(out)
    print(os.path.exists(out))
    try:
        shutil.rmtree(os.path.join(base, "nothing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(base, "nothing"), ignore_errors=True)
    seen = []
    shutil.rmtree(os.path.join(base, "nothing"), onerror=lambda fn, p, info: seen.append((fn.__name__, os.path.basename(p), info[0].__name__)))
    print(seen)
    print(sorted(os.listdir(base)))
finally:
    cleanup(base)
base = fresh_dir("shutil_trees")
try:
    f = os.path.join(base, "file")
    open(f, "w").close()
    seen = []
    shutil.rmtree(f, onerror=lambda fn, p, info: seen.append((fn.__name__, info[0].__name__)))
    print(seen)
    try:
        shutil.rmtree(f)
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno, e.strerror)
finally:
    cleanup(base)
