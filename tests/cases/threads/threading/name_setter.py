import threading

def job():
    print("running as", threading.current_thread().name)

t = threading.Thread(target=job, name=42)
print(repr(t.name))
t.name = 3.5
print(repr(t.name))
t.name = "renamed"
t.start()
t.join()
t.name = "after"
print(t.name)
