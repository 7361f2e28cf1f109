from collections import OrderedDict, defaultdict, Counter
a = {"x": 1}
print(a == OrderedDict(x=1), a == defaultdict(int, x=1), a == Counter(x=1), OrderedDict(x=1) == defaultdict(int, x=1))
print({1: {2: [3]}} == {1: {2: [3]}}, {1: {2: [3]}} == {1: {2: [4]}}, {} == OrderedDict(), Counter() == {})
