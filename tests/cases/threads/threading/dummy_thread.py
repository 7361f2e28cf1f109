import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
info = []

def raw():
    t = threading.current_thread()
    info.append((type(t).__name__, t.name, t.daemon, t.is_alive()))
    info.append(threading.current_thread() is t)
    done.release()

_thread.start_new_thread(raw, ())
done.acquire()
print(info)
