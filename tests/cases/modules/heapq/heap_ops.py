import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, [5, 1, 9, 3]), heapq.nlargest(2, ["aa", "b", "cccc"], key=len), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=False)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(e)
h = [(2, "b"), (1, "z"), (1, "a")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
