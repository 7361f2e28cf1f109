data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(data, key=lambda x: x[1]))
print(sorted(data, key=lambda x: x[0]))
print(sorted(data, key=lambda x: x[1], reverse=True))
print(sorted(data, key=lambda x: x[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
items = list(range(20))
items.sort(key=lambda x: x % 3)
print(items)
items.sort(key=lambda x: x % 4, reverse=True)
print(items)
