import circ_pkg.first

print(circ_pkg.first.value(), circ_pkg.second.value())
print(circ_pkg.first.order)
