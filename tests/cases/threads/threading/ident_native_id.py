import threading

seen = {}

def job():
    seen["ident"] = threading.get_ident()
    seen["native"] = threading.get_native_id()
    seen["current"] = threading.current_thread().ident

t = threading.Thread(target=job)
print(t.ident, t.native_id)
t.start()
t.join()
print(t.ident == seen["ident"] == seen["current"])
print(t.native_id == seen["native"])
print(isinstance(t.ident, int), isinstance(t.native_id, int))
print(t.ident != threading.get_ident())
print(threading.main_thread().ident == threading.get_ident())
