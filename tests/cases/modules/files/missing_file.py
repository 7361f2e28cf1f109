import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("missing_file")
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
