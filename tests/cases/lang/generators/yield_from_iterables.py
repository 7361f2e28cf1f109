def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))


def chain(*its):
    for it in its:
        result = yield from it
        print("sub-iterator returned", result)


print(list(chain("ab", range(2), (x for x in [9]))))
try:
    list(chain(5))
except TypeError as e:
    print(e)
