import heapq, random
r = random.Random(3)
h = []
for _ in range(50):
    heapq.heappush(h, r.randrange(100))
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)), h[:10])
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(out), out[:10])
data = [r.randrange(1000) for _ in range(30)]
heapq.heapify(data)
print(data[:8])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(3, data, key=lambda x: -x))
