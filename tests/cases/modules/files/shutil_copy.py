import io
import os
import shutil
from _scratch import cleanup, fresh_dir

base = fresh_dir("shutil_copy")
try:
    src = os.path.join(base, "a.txt")
    with open(src, "w") as f:
        f.write("alpha\n" * 1000)
    dst = shutil.copyfile(src, os.path.join(base, "b.txt"))
    print(os.path.basename(dst), os.path.getsize(dst))
    sub = os.path.join(base, "sub")
    os.mkdir(sub)
    r = shutil.copy(src, sub)
    print(os.path.relpath(r, base), open(r).read() == open(src).read())
    r2 = shutil.copy2(src, os.path.join(sub, "c.txt"))
    print(os.path.relpath(r2, base))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(base, "BASE"), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(base, "missing"), os.path.join(base, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        shutil.copyfile(src, os.path.join(base, "nodir", "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    buf_in, buf_out = io.BytesIO(b"0123456789" * 10), io.BytesIO()
    shutil.copyfileobj(buf_in, buf_out, 7)
    print(len(buf_out.getvalue()))
    print(sorted(os.listdir(base)), sorted(os.listdir(sub)))
finally:
    cleanup(base)
