import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("newlines")
try:
    p = os.path.join(TMP, "nl.txt")
    with open(p, "wb") as f:
        f.write(b"one\r\ntwo\rthree\nfour\r\n")
    with open(p) as f:
        print(repr(f.read()))
        print(f.newlines)
    with open(p, newline="") as f:
        print(f.readlines())
    with open(p, newline="\n") as f:
        print(f.readlines())
    with open(p, newline="\r\n") as f:
        print(f.readlines())
    with open(p, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "w", newline="") as f:
        f.write("c\nd\r\n")
    with open(p, "rb") as f:
        print(f.read())
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
