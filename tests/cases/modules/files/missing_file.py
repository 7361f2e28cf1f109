import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_missing_file")


def cleanup(d):
    if not os.path.isdir(d):
        return
    for n in os.listdir(d):
        p = os.path.join(d, n)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(d)


cleanup(TMP)
os.mkdir(TMP)
try:
    try:
        open("_h29_nope.txt")
    except FileNotFoundError as e:
        print(e)
        print(e.errno, e.strerror, e.filename)
    try:
        open("_h29_nope.txt", "rb")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        open(".")
    except IsADirectoryError as e:
        print(e)
    try:
        open(".", "w")
    except IsADirectoryError as e:
        print(e)
    try:
        os.remove("_h29_gone")
    except FileNotFoundError as e:
        print(e)
    try:
        os.listdir("_h29_gone")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
