def gen():
    try:
        yield 1
    finally:
        print("generator finalized at exit")


g = gen()
next(g)
print("end of program")
