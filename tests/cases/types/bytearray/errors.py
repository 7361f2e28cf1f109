def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"ab")
t(lambda: ba.append(256))
t(lambda: ba.append(-1))
t(lambda: ba.append(b"c"))
t(lambda: ba.extend(5))
t(lambda: ba.extend("str"))
t(lambda: ba.extend([300]))
t(lambda: ba.remove(120))
t(lambda: bytearray().pop())
t(lambda: ba.pop(10))
t(lambda: ba.insert(0, 999))
t(lambda: bytearray("abc"))
t(lambda: bytearray(-3))
t(lambda: hash(ba))
t(lambda: {ba: 1})
print(ba)
