from . import load_order, first

load_order.append("second sees first.F=" + first.F)
S = "S"
