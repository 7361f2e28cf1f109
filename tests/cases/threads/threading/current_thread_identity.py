import threading

found = []

def job():
    me = threading.current_thread()
    found.append(me)
    print("name:", me.name, "is main:", me is threading.main_thread())

t = threading.Thread(target=job, name="T")
t.start()
t.join()
print(found[0] is t)
print(threading.current_thread() is threading.main_thread())
print(threading.current_thread().name)
print(type(threading.current_thread()).__name__)
