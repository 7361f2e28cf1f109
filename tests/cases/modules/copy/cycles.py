import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b[0])
d = {"self": None}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
memo = {}
x = copy.deepcopy([shared], memo)
print(len(memo) > 0, x[0] is memo[id(shared)])
