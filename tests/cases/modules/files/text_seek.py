import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("text_seek")
try:
    p = os.path.join(TMP, "k.txt")
    with open(p, "w+") as f:
        f.write("abcdef\n")
        for args in [(2, 1), (-1, 2), (0, 3), (-1, 0), (0, 1), (0, 2), (1, 0)]:
            try:
                print(args, f.seek(*args), repr(f.read()))
            except (ValueError, OSError) as e:
                print(args, type(e).__name__, e)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
