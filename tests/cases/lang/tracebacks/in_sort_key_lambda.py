records = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
print(sorted(records[::2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
