# A singly linked list: dropping the head frees the nodes front to back, each one's __del__
# running before the next node is released; a doubly linked list is a chain of cycles.
import gc


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __del__(self):
        print("del", self.value, "next" if self.next is not None else "end")


head = None
for v in range(5, 0, -1):
    head = Node(v, head)
print("built")
head = head.next
print("dropped first")
second = head.next.next
del head
print("dropped head, kept", second.value)
del second
print("singly done")


class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None

    def __del__(self):
        print("ddel", self.value)


gc.disable()
first = DNode(0)
cur = first
for v in range(1, 4):
    n = DNode(v)
    cur.next = n
    n.prev = cur
    cur = n
del cur, n
first = None
print("doubly dropped")
print("collected", gc.collect())
print("end")
