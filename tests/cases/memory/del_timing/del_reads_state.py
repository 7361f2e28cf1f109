log = []


class Tracked:
    count = 0

    def __init__(self):
        Tracked.count += 1
        self.id = Tracked.count

    def __del__(self):
        log.append(self.id)
        Tracked.count -= 1


objs = [Tracked() for _ in range(5)]
print(Tracked.count)
del objs[1:3]
print(Tracked.count, log)
objs.pop(0)
print(Tracked.count, log)
objs = []
print(Tracked.count, log)
