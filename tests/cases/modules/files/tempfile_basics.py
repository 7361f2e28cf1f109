import os
import tempfile
from _scratch import cleanup, fresh_dir

base = fresh_dir("tempfile_basics")
try:
    print(tempfile.gettempprefix(), tempfile.gettempprefixb(), os.path.isdir(tempfile.gettempdir()),
          isinstance(tempfile.gettempdirb(), bytes))
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base)
    name = os.path.basename(path)
    print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == base, name.startswith("pre_"),
          name.endswith(".txt"), len(name) == len("pre_") + 8 + len(".txt"))
    os.write(fd, b"hello")
    os.close(fd)
    with open(path, "rb") as f:
        print(f.read())
    print(oct(os.stat(path).st_mode & 0o777))
    d = tempfile.mkdtemp(prefix="d_", dir=base)
    print(os.path.isdir(d), os.path.basename(d).startswith("d_"), oct(os.stat(d).st_mode & 0o777))
    fd2, bpath = tempfile.mkstemp(dir=base.encode())
    os.close(fd2)
    print(type(bpath).__name__, os.path.basename(bpath).startswith(b"tmp"))
    try:
        tempfile.mkstemp(prefix=b"x", dir=base)
    except TypeError as e:
        print("TypeError", e)
    names = {tempfile.mktemp(dir=base) for _ in range(20)}
    print(len(names), all(not os.path.exists(n) for n in names))
    print(sorted(n[:2] for n in os.listdir(base)))
finally:
    cleanup(base)
print(os.path.exists(base))
