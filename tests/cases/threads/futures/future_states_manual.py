from concurrent.futures import Future

f = Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel())
print(f.done(), f.running(), f.cancel())
f.set_result("ok")
print(f.done(), f.running(), f.result(), f.exception())
g = Future()
g.set_exception(ValueError("nope"))
print(g.done(), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("raised", e)
