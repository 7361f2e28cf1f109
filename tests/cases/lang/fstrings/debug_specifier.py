x = 10
y = "text"
print(f"{x=}")
print(f"{x = }")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x*2=}")
print(f"{x=:>5}")
print(f"{x = !r:^7}")
print(f"{3.5=:.0f}")
items = [1]
print(f"{items[0]=}, {len(items)=}")
