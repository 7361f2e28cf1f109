import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_relative_paths")
START = os.getcwd()


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
    os.chdir(TMP)
    print(os.getcwd() == TMP, os.path.abspath("x") == os.path.join(TMP, "x"))
    with open("rel.txt", "w") as f:
        f.write("relative")
    os.mkdir("sub")
    os.rename("rel.txt", os.path.join("sub", "moved.txt"))
    print(sorted(os.listdir()), os.listdir("sub"), open("sub/moved.txt").read())
    try:
        open("missing.txt")
    except FileNotFoundError as e:
        print(e)
    try:
        os.chdir("nowhere")
    except FileNotFoundError as e:
        print(e)
    try:
        os.chdir(os.path.join("sub", "moved.txt"))
    except NotADirectoryError as e:
        print(e)
    os.chdir("sub")
    print(os.path.basename(os.getcwd()), os.path.exists("moved.txt"))
finally:
    os.chdir(START)
    cleanup(TMP)
print("clean:", not os.path.exists(TMP), os.getcwd() == START)
