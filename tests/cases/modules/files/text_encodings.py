import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("text_encodings")
try:
    p = os.path.join(TMP, "e.txt")
    for enc in ["utf-16", "utf-8-sig", "utf-32", "latin-1", "ascii"]:
        with open(p, "w", encoding=enc) as f:
            f.write("ab")
            f.write("c\n")
            print(enc, f.encoding, f.tell())
        with open(p, "a", encoding=enc) as f:
            f.write("d")
        with open(p, encoding=enc) as f:
            print(open(p, "rb").read(), repr(f.read()))
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("caf\xe9")
    print(open(p, "rb").read())
    with open(p, "wb") as f:
        f.write(b"caf\xc3\xa9 \xff")
    print(repr(open(p, encoding="utf-8", errors="replace").read()))
    print(repr(open(p, encoding="latin-1").read()))
    try:
        open(p).read()
    except UnicodeDecodeError as e:
        print(e.reason, e.start)
    try:
        open(p, encoding="no-such-codec")
    except LookupError as e:
        print(e)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
