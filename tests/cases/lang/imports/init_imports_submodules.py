import eager_pkg

print(eager_pkg.first.F, eager_pkg.second.S)
print(eager_pkg.load_order)
from eager_pkg import first

print(first is eager_pkg.first)
