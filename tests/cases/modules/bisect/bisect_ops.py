import bisect
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9)
print(a)
records = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect(records, 5, key=lambda r: r[1]), bisect.bisect_left(records, 5, key=lambda r: r[1]))
bisect.insort(records, ("x", 6), key=lambda r: r[1])
print(records)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
