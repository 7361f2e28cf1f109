# Floor division and divmod of big ints, exact and inexact, with every sign combination:
# the quotient rounds toward negative infinity only when the division is inexact.
big = 10**30
for a in [big, -big, big + 1, -big - 1, 3 * 7**40, -(3 * 7**40), 2**64, -(2**64) + 5]:
    for b in [10**10, -(10**10), 7**20, -(7**20), 3, -3, 2**64 - 1, -(2**53) - 1]:
        q = a // b
        r = a % b
        dq, dr = divmod(a, b)
        print(a, b, q, r, (q, r) == (dq, dr), q * b + r == a)
print(-(10**40) // 10**40, (-(10**40) - 1) // 10**40, divmod(-(10**40), -(10**20)))
