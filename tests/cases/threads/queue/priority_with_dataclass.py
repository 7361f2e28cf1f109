import queue
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

q = queue.PriorityQueue()
for p, n in [(5, "low"), (1, "urgent"), (3, "mid")]:
    q.put(Job(p, n))
print([q.get().name for _ in range(3)])
