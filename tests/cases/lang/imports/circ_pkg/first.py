order = ["first starts"]
import circ_pkg.second as second

order.append("first continues after second")


def value():
    return "first.value -> " + second.name


name = "first"
