def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i


def squares(src):
    for v in src:
        print("square", v)
        yield v * v


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


pipeline = evens(squares(numbers(4)))
print("built")
for v in pipeline:
    print("result", v)
