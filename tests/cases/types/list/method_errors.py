def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 3]
t(lambda: [].pop())
t(lambda: a.pop(10))
t(lambda: a.pop(-4))
t(lambda: a.pop("0"))
t(lambda: a.remove(99))
t(lambda: a.index(99))
t(lambda: a.index(1, 1))
t(lambda: a.index(3, 0, 2))
t(lambda: a.extend(5))
t(lambda: a.insert("0", 1))
t(lambda: a.insert(0))
t(lambda: a.append())
t(lambda: a.count())
t(lambda: a.sort(lambda x: x))
t(lambda: a.sort(cmp=None))
t(lambda: list.append([], 1, 2))
print(a)
