import threading

hits = []
b = threading.Barrier(1, action=lambda: hits.append(1))
print(b.wait(), b.wait(), hits)
print(b.parties, b.n_waiting, b.broken)
