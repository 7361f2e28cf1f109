import _thread

done = _thread.allocate_lock()
done.acquire()
out = []

def job(a, b, c=None):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(job, (1, 2), {"c": 3})
done.acquire()
print(out, isinstance(ident, int))
