a = 2 ** 200 + 12345
b = 3 ** 150 - 67890
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 12345, a % 12345)
print(a // -b, a % -b)
print(-a // b, -a % b)
print((a * b) // b == a, (a * b) % a)
print(abs(-a) == a, -(-a) == a)
print(10 ** 50 // 10 ** 25, 10 ** 50 % (10 ** 25 + 1))
