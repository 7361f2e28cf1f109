for n in [0, 5, -5, 2**80, -(2**80)]:
    print(-n, +n, abs(n), ~n, n.__abs__())
print(-True, +True, abs(-True), ~False)
print(-(-0), abs(-0), type(abs(-True)).__name__)
