from concurrent.futures import Future
from concurrent.futures.thread import _WorkItem

print(Future[int], Future[int].__origin__ is Future)
print(_WorkItem[str])
