print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1.0, 1 != 2 != 1)
print(10**30 < 10**30 + 1, -(10**30) < -(10**30) + 1, 2**64 > 2**63)
print(sorted([5, -3, 10**20, -(10**20), 0, 7]))
print(max(-5, -3), min(2**70, 2**69), (1).__lt__(2), (1).__lt__(1.5), (1).__eq__("1"))
try:
    1 < "2"
except TypeError as e:
    print(e)
try:
    None > 1
except TypeError as e:
    print(e)
print(1 == "1", 0 == None, 1 == [1])
