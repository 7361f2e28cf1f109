from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product("ab", repeat=2)), list(product()), list(product("a", [])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations("abc", 2)), list(permutations([1, 2], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), len(list(combinations_with_replacement(range(5), 3))))
try:
    list(permutations("a", -1))
except ValueError as e:
    print(e)
