# gc.get_count() right after an explicit collection and after a few allocations.
import gc
gc.collect()
print(gc.get_count()[0] < 5)
x = [[] for _ in range(10)]
c = gc.get_count()
print(c[0] >= 10)
gc.collect()
print(gc.get_count()[0] < 5, gc.get_count()[1:])
