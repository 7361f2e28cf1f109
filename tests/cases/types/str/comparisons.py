print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "日" > "é", "😀" > "\uffff")
print(sorted(["banana", "Apple", "cherry", "apple", "", "Banana", "é", "z"]))
print(max("hello"), min("hello"), "abc" == "abc", "a" != "A")
for op in ["<", ">=", "=="]:
    try:
        print(eval("'a' " + op + " 1"))
    except TypeError as e:
        print(e)
