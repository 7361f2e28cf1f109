class C:
    attr = "class attr"
    items = [attr, attr.upper()]

    def method(self):
        return self.attr, type(self).attr, C.attr

    @classmethod
    def cm(cls):
        return cls.attr

    @staticmethod
    def sm():
        return C.attr


c = C()
c.attr = "instance attr"
print(c.method())
print(C.cm(), C.sm(), C.items)
