def outer(n):
    def helper(x):
        return x * n

    result = [helper(i) for i in range(3)]

    def second():
        return helper(10)

    return result, second()


print(outer(2))
print(outer.__code__.co_cellvars)


def chain():
    def a():
        def b():
            def c():
                return "deep"

            return c

        return b

    return a


print(chain()()()())
print(chain()()().__qualname__)
