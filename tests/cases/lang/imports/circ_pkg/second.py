import circ_pkg.first as first

first.order.append("second runs while first is partial: " + str(hasattr(first, "name")))
name = "second"


def value():
    return "second.value -> " + first.name
