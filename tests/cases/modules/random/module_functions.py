import random
random.seed(1)
print(random.random(), random.randint(1, 100), random.choice("abc"), random.randrange(0, 100, 10), random.getrandbits(16))
l = [1, 2, 3, 4, 5]
random.shuffle(l)
print(l, random.sample(l, 2), random.choices(l, k=3), random.uniform(0, 1))
print(random.randbytes(8).hex(), type(random.Random()).__name__, isinstance(random.SystemRandom(), random.Random))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice("abcd"), m.randrange(10), m.uniform(0, 10))
