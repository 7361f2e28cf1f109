import os

from _scratch import cleanup, fresh_dir

START = os.getcwd()
TMP = fresh_dir("relative_paths")
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
