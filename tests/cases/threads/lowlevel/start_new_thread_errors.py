import _thread

for args in [(print, [1]), (print, "x"), (42, ()), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(print)
except TypeError as e:
    print("TypeError:", e)
