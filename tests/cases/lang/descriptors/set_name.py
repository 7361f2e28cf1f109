class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Model:
    title = Field()
    count = Field()


m = Model()
print(m.title)
m.title = "hello"
m.count = 3
print(m.title, m.count, sorted(vars(m)))
print(type(Model.title).__name__, Model.title.name)
late = Field()
Model.late = late
print(hasattr(late, "name"))
