# `except E as e` deletes e at the end of the handler; an exception that holds an object keeps it
# alive until then, and a chained exception (__context__) keeps the one it was raised during.
class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class CarryError(Exception):
    def __init__(self, payload):
        super().__init__(payload.name)
        self.payload = payload

    def __del__(self):
        print("del exception", self.args[0])


try:
    raise CarryError(Payload("first"))
except CarryError as e:
    print("handling", e.payload.name)
print("after first handler")

try:
    try:
        raise CarryError(Payload("inner"))
    except CarryError:
        raise ValueError("outer")
except ValueError as e:
    print("context is", type(e.__context__).__name__, e.__context__.payload.name)
print("after chained handler")

kept = None
try:
    raise CarryError(Payload("kept"))
except CarryError as e:
    kept = e
print("kept", kept.payload.name)
kept = None
print("after dropping kept")


def raiser():
    p = Payload("from frame")
    raise CarryError(Payload("frame error"))


try:
    raiser()
except CarryError:
    print("bare except")
print("end")
