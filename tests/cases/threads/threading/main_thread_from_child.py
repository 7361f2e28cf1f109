import threading

info = {}

def job():
    m = threading.main_thread()
    info["name"] = m.name
    info["alive"] = m.is_alive()
    info["daemon"] = m.daemon
    info["same"] = m is threading.main_thread()

t = threading.Thread(target=job)
t.start()
t.join()
for k in sorted(info):
    print(k, info[k])
