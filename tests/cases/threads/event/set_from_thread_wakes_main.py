import threading

done = threading.Event()
value = []

def worker():
    value.append(sum(range(1000)))
    done.set()

threading.Thread(target=worker).start()
print(done.wait(10), value)
