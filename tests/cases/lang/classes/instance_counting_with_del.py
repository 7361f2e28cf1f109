class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print("open", name)

    def __del__(self):
        Resource.live -= 1
        print("close", self.name)


r = Resource("a")
r = Resource("b")
print("live:", Resource.live)
del r
print("live:", Resource.live)
items = [Resource("c"), Resource("d")]
items.pop()
print("end of program")
