import threading

def compute():
    return 42

t = threading.Thread(target=compute)
t.start()
print(t.join())
print("done")
