from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Item:
    name: str
    price: float
@dataclass
class Cart:
    items: list = field(default_factory=list)
    total: float = field(init=False)
    def __post_init__(self):
        self.total = sum(i.price for i in self.items)
c = Cart([Item("a", 1.5), Item("b", 2.25)])
print(c, asdict(c), astuple(c))
print(asdict(c, dict_factory=lambda kv: sorted(kv)) if False else asdict(Item("x", 1))["name"])
import dataclasses
try:
    asdict(Item)
except TypeError as e:
    print(e)
print(dataclasses.fields(Cart)[1].init, repr(dataclasses.fields(Item)[0].type))
