class A:
    method(self):
        pass
