name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{3.14159:.2f} {1234567:,} {0.25:%} {255:#x} {255:08b}")
print(F"upper F prefix {n}")
print(f"{'nested quotes'}", f'{"double inside single"}')
print(f"{n=}", f"{name = }", f"{n * 2 = :>6}")
