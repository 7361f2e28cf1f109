def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 100, 6 ** 50), gcd(-12, 18), gcd(12, -18), gcd(0, 5), gcd(10 ** 30 + 7, 10 ** 20 + 3))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300), fib(300) % 10 ** 9)
print(sum(i * i for i in range(10 ** 4)), 2 ** 0.5 * 2 ** 0.5 == 2, int("9" * 50) + 1)
