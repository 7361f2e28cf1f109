print("a" in "abc", "" in "abc", "" in "", "abc" in "abc", "abd" in "abc", "日" in "日本", "\U0001f600" in "x😀")
for bad in [1, None, ["a"], b"a"]:
    try:
        bad in "abc"
    except TypeError as e:
        print(e)
print("abc".__contains__("b"))
