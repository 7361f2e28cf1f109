import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("compile_file")
try:
    import io
    p = os.path.join(TMP, "prog.py")
    with open(p, "w") as f:
        f.write("x = 6 * 7\nprint('ran', x)\n")
    with open(p) as f:
        code = compile(f.read(), p, "exec")
    exec(code, {"__name__": "__main__"})
    print(io.open is open, io.FileIO.__name__)
    with io.open_code(p) as f:
        print(f.read()[:5])
    with io.FileIO(p) as raw:
        print(raw.readable(), raw.writable(), raw.isatty(), raw.fileno() >= 0, raw.read(2))
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 3))
    os.close(fd)
    with open(p, "rb") as f:
        t = io.TextIOWrapper(f, encoding="utf-8")
        print(repr(t.readline()))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
