def parse_all(items):
    return [int(item) for item in items]


print(parse_all(["1", "2"]))
print(parse_all(["3", "four", "5"]))
