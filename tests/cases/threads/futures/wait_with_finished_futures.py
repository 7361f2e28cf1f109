from concurrent.futures import Future, wait, FIRST_COMPLETED, FIRST_EXCEPTION

done = Future()
done.set_result(1)
pending = Future()
bad = Future()
bad.set_exception(OSError())
r = wait([done, pending], timeout=0, return_when=FIRST_COMPLETED)
print(len(r.done), len(r.not_done))
r = wait([done, pending, bad], timeout=0.01, return_when=FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
r = wait([done, pending], timeout=0.01)
print(len(r.done), len(r.not_done))
