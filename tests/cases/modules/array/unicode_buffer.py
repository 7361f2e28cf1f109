# A 'u' array exports format 'w', which memoryview cannot unpack item by item.
import array
m = memoryview(array.array('u','ab'))
print(m.format, m.itemsize, len(m), m.tobytes(), m.nbytes)
for f in (lambda: m.tolist(), lambda: m[0], lambda: list(m), lambda: m == m, lambda: m.cast('B').tolist()):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
