load_order = ["init starts"]
from . import first
from . import second

load_order.append("init ends")
