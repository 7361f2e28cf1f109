import random
r = random.Random(31337)
print([r.uniform(1, 2) for _ in range(3)], r.uniform(5, 1))
print([r.gauss(0, 1) for _ in range(4)])
print([r.normalvariate(10, 2) for _ in range(3)])
print([r.expovariate(1.5) for _ in range(3)])
print(r.triangular(), r.triangular(0, 10, 2), r.betavariate(2, 3), r.gammavariate(2, 1), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2))
