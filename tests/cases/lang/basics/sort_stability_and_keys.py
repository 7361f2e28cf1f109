people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
data = [5, 2, 8]
data.sort(key=None)
print(data)
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted([[2, 1], [1, 2], [1]]))
print(sorted(range(10), key=lambda v: v % 3))
