class Meta(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, int)]
        ns["fields"] = tuple(fields)
        ns["__qualname__"] = "Custom." + name
        return super().__new__(mcls, name, bases, ns)


class Record(metaclass=Meta):
    a = 1
    b = "not int"
    c = 3


print(Record.fields, Record.__qualname__)
print(sorted(k for k in Record.__dict__ if not k.startswith("__")))
print("__module__" in Record.__dict__, Record.__module__)
