import threading

seen = []

def job():
    seen.append(threading.active_count())
    seen.append(threading.current_thread() in threading.enumerate())

t = threading.Thread(target=job)
t.start()
t.join()
print(seen, t in threading.enumerate())
