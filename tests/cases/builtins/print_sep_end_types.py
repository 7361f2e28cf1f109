print(1, 2, 3, sep="")
print("a", "b", sep="\n")
print("no newline", end="|")
print("tab", end="\t")
print()
print([1, 2], (3,), {4: 5}, {6}, sep=" ; ")
print(*"abc", sep="-", end=".\n")
print("é", "日本", "😀", sep="·")
class S:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print(S(), [S()], (S(),), {S(): 1} if False else {"k": S()})
