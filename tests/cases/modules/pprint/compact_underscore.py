import pprint
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(10 ** 20, underscore_numbers=True)
pprint.pprint({"key": 123456789}, underscore_numbers=True)
pprint.pprint(b"bytes " * 20, width=40)
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(6)), width=30)
pprint.pprint(Counter("abracadabra"), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=40)
