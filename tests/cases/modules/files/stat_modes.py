import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("stat_modes")
try:
    import stat
    p = os.path.join(TMP, "f.txt")
    with open(p, "w") as f:
        f.write("12345")
    st = os.stat(p)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size, st[stat.ST_SIZE])
    dst = os.stat(TMP)
    print(stat.S_ISDIR(dst.st_mode), stat.S_ISREG(dst.st_mode), stat.filemode(dst.st_mode)[0])
    print(stat.filemode(st.st_mode)[0], stat.S_IFMT(st.st_mode) == stat.S_IFREG)
    with open(p, "rb") as f:
        print(os.fstat(f.fileno()).st_size)
    print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o104755), stat.S_IMODE(0o100644))
    try:
        os.stat(os.path.join(TMP, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
