import threading

def late():
    try:
        threading._register_atexit(print, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)

threading._register_atexit(late)
print("main ends")
