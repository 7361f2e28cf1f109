"""Heap queue (priority queue) over plain lists: heap[k] <= heap[2*k+1] and heap[2*k+2].

The sift routines reproduce the exact element moves of CPython's _heapqmodule.c (walk the
hole down to a leaf along the smaller children, then bubble the new item up), so a heap built
here has the same layout as one built by python3.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def _up(heap, top, pos):
    # Moves heap[pos] toward the root while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _down(heap, pos):
    # Walks the hole at pos down to a leaf, then lets the displaced item rise (siftup in C).
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, top, pos)


def _up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _down_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up_max(heap, top, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _down(heap, 0)
        return first
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item; the heap size is unchanged."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _down(heap, 0)
    return first


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in place, in linear time."""
    _check_list(heap, "heapify")
    for i in reversed(range(len(heap) // 2)):
        _down(heap, i)


def _heapify_max(heap, /):
    _check_list(heap, "_heapify_max")
    for i in reversed(range(len(heap) // 2)):
        _down_max(heap, i)


def _heappop_max(heap, /):
    _check_list(heap, "_heappop_max")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _down_max(heap, 0)
        return first
    return last


def _heapreplace_max(heap, item, /):
    _check_list(heap, "_heapreplace_max")
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _down_max(heap, 0)
    return first


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; ties go to the earlier input."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order, value, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = entries[i][0]
            b = entries[best][0]
            if (b < a) if reverse else (a < b):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable, smallest first (like sorted(...)[:n])."""
    if n <= 0:
        return []
    if n == 1:
        marker = object()
        it = iter(iterable)
        result = min(it, default=marker, key=key)
        return [] if result is marker else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable, largest first (like sorted(..., reverse=True)[:n])."""
    if n <= 0:
        return []
    if n == 1:
        marker = object()
        it = iter(iterable)
        result = max(it, default=marker, key=key)
        return [] if result is marker else [result]
    return sorted(iterable, key=key, reverse=True)[:n]
