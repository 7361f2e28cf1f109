import os
import tempfile
from _scratch import cleanup, fresh_dir

base = fresh_dir("tempfile_objects")
try:
    with tempfile.NamedTemporaryFile(dir=base, suffix=".bin") as f:
        print(type(f.name).__name__, f.name.endswith(".bin"), os.path.exists(f.name), f.delete)
        f.write(b"abc\ndef\n")
        f.flush()
        f.seek(0)
        print(f.read(), f.tell(), f.closed)
        kept = f.name
    print(os.path.exists(kept), f.closed)
    with tempfile.NamedTemporaryFile("w+", dir=base, delete=False, encoding="utf-8") as f:
        f.write("línea\n")
        name = f.name
    with open(name, encoding="utf-8") as g:
        print(repr(g.read()))
    os.unlink(name)
    with tempfile.TemporaryFile(dir=base) as t:
        t.write(b"xyz")
        t.seek(0)
        print(t.read(), type(t.name).__name__, os.listdir(base))
    with tempfile.TemporaryFile("w+", dir=base) as t:
        t.write("text")
        t.seek(0)
        print(t.read())
    with tempfile.TemporaryDirectory(dir=base, prefix="td") as td:
        print(type(td).__name__, os.path.isdir(td), os.path.basename(td).startswith("td"))
        os.mkdir(os.path.join(td, "sub"))
        with open(os.path.join(td, "sub", "f.txt"), "w") as h:
            h.write("x")
    print(os.path.exists(td))
    t = tempfile.TemporaryDirectory(dir=base, suffix="_s")
    print(repr(t).startswith("<TemporaryDirectory '"), t.name.endswith("_s"))
    t.cleanup()
    t.cleanup()
    print(os.path.exists(t.name), os.listdir(base))
    s = tempfile.SpooledTemporaryFile(max_size=10)
    s.write(b"12345")
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
    s.close()
finally:
    cleanup(base)
