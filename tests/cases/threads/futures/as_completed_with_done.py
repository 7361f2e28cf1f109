from concurrent.futures import Future, as_completed

a = Future()
a.set_result("a")
b = Future()
b.cancel()
b.set_running_or_notify_cancel()
c = Future()
c.set_exception(ValueError("c"))
out = []
for f in as_completed([a, b, c]):
    if f.cancelled():
        out.append("cancelled")
    elif f.exception():
        out.append("error")
    else:
        out.append(f.result())
print(sorted(out))
