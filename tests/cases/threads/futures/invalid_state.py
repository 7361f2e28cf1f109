import re
from concurrent.futures import Future, InvalidStateError

f = Future()
f.set_result(1)
for call in (lambda: f.set_result(2), lambda: f.set_exception(ValueError())):
    try:
        call()
    except InvalidStateError as e:
        print("InvalidStateError:", re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
c = Future()
c.cancel()
try:
    c.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
print(InvalidStateError.__mro__)
