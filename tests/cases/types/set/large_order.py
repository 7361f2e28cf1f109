import random
r = random.Random(7)
nums = [r.randrange(-10 ** 6, 10 ** 6) for _ in range(60)]
s = set(nums)
print(list(s)[:30])
print(list(s)[30:])
strs = {str(n) for n in nums[:25]}
print(list(strs))
fl = {n / 7 for n in nums[:20]}
print(list(fl))
