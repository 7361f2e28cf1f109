print("before class")


class C:
    print("class body start")
    x = 1
    for i in range(2):
        print("loop in class body", i)
    del i
    if x:
        y = "conditional attribute"
    print("class body end", sorted(k for k in locals() if not k.startswith("__")))


print("after class", C.x, C.y, hasattr(C, "i"))
print(C.__name__, C.__module__, C.__qualname__)
