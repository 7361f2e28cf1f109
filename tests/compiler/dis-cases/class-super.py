class A:
    def m(self):
        return super().m()
    def n(self):
        return __class__
class B:
    def __init__(self):
        super().__init__()
        self.__private = 1
    def get(self):
        return self.__private
