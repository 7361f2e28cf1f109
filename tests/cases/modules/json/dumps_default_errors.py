import json
class P:
    def __init__(self):
        self.x = 1
print(json.dumps(P(), default=vars), json.dumps({"s": {1, 2}}, default=sorted), json.dumps(1j, default=lambda z: [z.real, z.imag]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: json.dumps(P()))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps(float("nan"), allow_nan=False))
t(lambda: json.dumps({1j: 1}))
t(lambda: json.dumps({(1,): 1}, skipkeys=True))
l = []
l.append(l)
t(lambda: json.dumps(l))
t(lambda: json.dumps(b"bytes"))
t(lambda: json.dumps(set()))
t(lambda: json.dumps([1], indent=-1))
