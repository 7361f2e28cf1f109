class O:
    pass


class F(O):
    pass


class E(O):
    pass


class D(O):
    pass


class C(D, F):
    pass


class B(D, E):
    pass


class A(B, C):
    pass


for k in (A, B, C):
    print(k.__name__, [c.__name__ for c in k.__mro__])


class K1(O):
    pass


class K2(O):
    pass


class K3(O):
    pass


class Z(K1, K2, K3):
    pass


print([c.__name__ for c in Z.__mro__])
