from itertools import pairwise
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])), list(pairwise(range(4))))
import itertools
print(hasattr(itertools, "batched"), sorted(n for n in dir(itertools) if not n.startswith("_"))[:8])
