# Context.run runs a function in a context; changes stay in that context.
import contextvars

v = contextvars.ContextVar("v", default=0)
ctx = contextvars.copy_context()

def change(x):
    v.set(x)
    return v.get()

print(ctx.run(change, 5), v.get(), ctx[v], v in ctx, len(ctx))
print(ctx.get(v), list(ctx.keys()) == [v], list(ctx.values()))
v.set(9)
print(ctx[v], v.get())
snapshot = contextvars.copy_context()
v.set(10)
print(snapshot[v], v.get())

def nested():
    ctx.run(lambda: None)

try:
    ctx.run(nested)
except RuntimeError as e:
    print("RuntimeError:", "is already entered" in str(e))
try:
    ctx[1]
except TypeError as e:
    print("TypeError:", e)
print(len(contextvars.Context()))
