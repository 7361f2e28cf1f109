from . import load_order

load_order.append("first")
F = "F"
