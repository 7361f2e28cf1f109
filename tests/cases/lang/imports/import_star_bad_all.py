try:
    from badall_pkg import *
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
from badall_pkg.nonstr import *
