from concurrent.futures import Future, CancelledError

f = Future()
print(f.cancel(), f.cancelled(), f.done(), f.cancel())
try:
    f.result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    f.exception()
except CancelledError:
    print("exception() raises too")
print(f.set_running_or_notify_cancel())
print(f.cancelled(), f.done())
r = Future()
r.set_running_or_notify_cancel()
print(r.cancel(), r.running())
