from dataclasses import dataclass, field, fields, is_dataclass, MISSING
@dataclass
class Base:
    a: int
    b: int = 10
@dataclass
class Child(Base):
    c: int = 20
    b: int = 99
print(Child(1), [(f.name, f.default is MISSING or f.default) for f in fields(Child)], is_dataclass(Child), is_dataclass(Child(1)), is_dataclass(5))
f = fields(Base)[0]
print(f.name, f.type, f.default is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
@dataclass
class Meta:
    x: int = field(default=1, metadata={"unit": "m"}, compare=False)
print(fields(Meta)[0].metadata["unit"], Meta(1) == Meta(2), Meta.__dataclass_fields__["x"].default)
@dataclass
class Recursive:
    items: list = field(default_factory=list)
r = Recursive()
r.items.append(r)
print(r)
