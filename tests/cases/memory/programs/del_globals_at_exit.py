# __del__ methods that read module globals while the interpreter shuts down: in 3.11 the
# module's dict is still intact when __main__'s objects are finalized.
import sys

LABEL = "label"
counter = [0]


class Closer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        counter[0] += 1
        print("closing", self.name, LABEL, counter[0], sys is not None)


first = Closer("first")
second = Closer("second")
holder = {"k": Closer("in dict")}
items = [Closer("in list a"), Closer("in list b")]
print("end of program")
