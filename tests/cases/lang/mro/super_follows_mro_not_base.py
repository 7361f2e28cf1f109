log = []


class Base:
    def __init__(self):
        log.append("Base")


class A(Base):
    def __init__(self):
        log.append("A")
        super().__init__()


class B(Base):
    def __init__(self):
        log.append("B")
        super().__init__()


class C(A, B):
    def __init__(self):
        log.append("C")
        super().__init__()


C()
print(log)
log.clear()
A()
print(log)
