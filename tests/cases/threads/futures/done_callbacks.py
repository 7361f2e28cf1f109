from concurrent.futures import Future, ThreadPoolExecutor

log = []
f = Future()
f.add_done_callback(lambda fut: log.append(("first", fut.result())))
f.add_done_callback(lambda fut: log.append(("second", fut.done())))
f.set_result(10)
f.add_done_callback(lambda fut: log.append(("late", fut.result())))
print(log)
c = Future()
c.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
c.cancel()
print(log[-1])
with ThreadPoolExecutor(1) as ex:
    g = ex.submit(sum, [1, 2, 3])
    g.add_done_callback(lambda fut: log.append(("pool", fut.result())))
print(log[-1])
