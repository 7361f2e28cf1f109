import heapq
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "alpha"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(3)], tasks)
mx = []
for v in [5, 1, 8, 3]:
    heapq.heappush(mx, -v)
print([-heapq.heappop(mx) for _ in range(4)])
h = [1, 3, 2]
print(heapq.heappushpop(h, 0), h, heapq.heapreplace(h, 10), h)
