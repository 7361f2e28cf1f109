class A(,):
    pass
