from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)), list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain("ab", [1], (2,))), list(chain()), list(chain.from_iterable(["xy", "z"])), list(chain.from_iterable([[1], [], [2, 3]])))
try:
    list(chain(1, 2))
except TypeError as e:
    print(e)
