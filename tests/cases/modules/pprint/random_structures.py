import pprint, random
rng = random.Random(5)
def gen(d):
    k = rng.randrange(9 if d < 3 else 5)
    if k == 0: return rng.randrange(-10**rng.randrange(1, 15), 10**6)
    if k == 1: return "".join(rng.choice("ab c\n'\"xyz") for _ in range(rng.randrange(0, 60)))
    if k == 2: return rng.random() * rng.choice([1e-05, 0.001, 1.0, 1e6, 1e19])
    if k == 3: return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
    if k == 4: return None if rng.random() < 0.5 else True
    if k == 5: return [gen(d + 1) for _ in range(rng.randrange(0, 8))]
    if k == 6: return tuple(gen(d + 1) for _ in range(rng.randrange(0, 5)))
    if k == 7: return {rng.choice(["k", "key", 1, 2.5, (1, 2), "zz" * 5]) : gen(d + 1) for _ in range(rng.randrange(0, 6))}
    return {rng.randrange(100) for _ in range(rng.randrange(0, 10))}
for i in range(80):
    obj = gen(0)
    w = rng.choice([1, 5, 10, 20, 40, 80])
    print(pprint.pformat(obj, width=w, indent=rng.choice([1, 2, 4]), compact=rng.random() < 0.3, sort_dicts=rng.random() < 0.7, depth=rng.choice([None, None, 1, 2, 3]), underscore_numbers=rng.random() < 0.2))
