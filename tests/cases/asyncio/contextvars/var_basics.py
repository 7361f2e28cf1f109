# ContextVar get/set/reset with defaults and tokens.
import contextvars

v = contextvars.ContextVar("v", default="dflt")
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t1 = v.set("one")
t2 = v.set("two")
print(v.get(), t2.old_value, t1.old_value is contextvars.Token.MISSING, t2.var is v)
v.reset(t2)
print(v.get())
v.reset(t1)
print(v.get())
try:
    v.reset(t1)
except RuntimeError as e:
    print("RuntimeError:", "has already been used once" in str(e))
t3 = w.set(1)
try:
    v.reset(t3)
except ValueError as e:
    print("ValueError:", "was created by a different ContextVar" in str(e))
print(repr(contextvars.Token.MISSING))
