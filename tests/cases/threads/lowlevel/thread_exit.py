import _thread

done = _thread.allocate_lock()
done.acquire()
out = []

def job():
    out.append("before exit")
    done.release()
    _thread.exit()
    out.append("never")

_thread.start_new_thread(job, ())
done.acquire()
import threading
ev = threading.Event()
t = threading.Thread(target=lambda: (ev.set(), _thread.exit()))
t.start()
t.join()
print(out, ev.is_set())
