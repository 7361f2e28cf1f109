import threading

go = threading.Event()

def worker():
    go.wait()
    print("worker finished after main")

threading.Thread(target=worker).start()
print("main ends")
go.set()
