import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("descriptors")
try:
    p = os.path.join(TMP, "d.txt")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    print(os.write(fd, b"raw bytes\n"))
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    with os.fdopen(fd, "w") as f:
        f.write("via fdopen\n")
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 4), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -6, os.SEEK_END))
    print(os.read(fd, 100), os.read(fd, 100), os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        os.open(os.path.join(TMP, "none"), os.O_RDONLY)
    except FileNotFoundError as e:
        print(e.errno, os.path.basename(e.filename))
    print([(e.name, e.is_file(), e.stat().st_size) for e in os.scandir(TMP)])
    with open(p, "rb") as f, open(f.fileno(), "rb", closefd=False) as g:
        print(g.read(3), f.tell())
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
