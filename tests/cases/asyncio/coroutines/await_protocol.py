# __await__ returning an iterator: its yields go to the driver, its return value to the await.
class Ready:
    def __init__(self, steps, value):
        self.steps = steps
        self.value = value

    def __await__(self):
        for i in range(self.steps):
            got = yield f"step {i}"
            print("resumed with", got)
        return self.value

async def main():
    a = await Ready(2, "A")
    b = await Ready(0, "B")
    return a + b

c = main()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("result", e.value)
