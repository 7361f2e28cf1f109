import threading

hits = []
t = threading.Timer(0.01, hits.append, ["hit"])
t.start()
t.join()
t.cancel()
print(hits)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
