# An operating-system kernel in miniature: prioritised tasks pass packets to each other
# through queues, block waiting for work, get held and released by an idle task that plays
# the clock interrupt. Measures method calls on small objects, attribute traffic and
# branchy control flow. Size: how many ticks the idle task counts down.
import sys
import time

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = "work", "device"


class Packet:
    __slots__ = ("link", "owner", "kind", "index", "data")

    def __init__(self, owner, kind):
        self.link = None
        self.owner = owner
        self.kind = kind
        self.index = 0
        self.data = [0, 0, 0, 0]


def enqueue(packet, head):
    """Puts packet at the tail of the list starting at head; returns the new head."""
    packet.link = None
    if head is None:
        return packet
    last = head
    while last.link is not None:
        last = last.link
    last.link = packet
    return head


class Task:
    def __init__(self, kernel, ident, priority, inbox):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.waiting = inbox is None
        self.held = False
        self.slot = 0

    def runnable(self):
        return not self.held and not (self.waiting and self.inbox is None)

    def take(self):
        packet = self.inbox
        if packet is not None:
            self.inbox = packet.link
            self.waiting = False
        return packet

    def step(self, packet):
        raise NotImplementedError


class Kernel:
    def __init__(self):
        self.by_ident = {}
        self.ranked = []
        self.current = None
        self.sends = 0
        self.holds = 0

    def install(self, task):
        self.by_ident[task.ident] = task
        self.ranked.append(task)
        self.ranked.sort(key=lambda t: -t.priority)
        for slot, t in enumerate(self.ranked):
            t.slot = slot

    def run(self):
        ranked = self.ranked
        slot = 0
        while slot < len(ranked):
            task = ranked[slot]
            if not task.runnable():
                slot += 1
                continue
            self.current = task
            slot = task.step(task.take()).slot

    # Services a task calls; each returns the task the kernel should look at next.
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        nxt = self.current.slot + 1
        return self.ranked[nxt] if nxt < len(self.ranked) else _END

    def release(self, ident):
        task = self.by_ident[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet, ident):
        task = self.by_ident[ident]
        self.sends += 1
        packet.owner = self.current.ident
        task.inbox = enqueue(packet, task.inbox)
        return task if task.priority > self.current.priority else self.current


class _Sentinel:
    slot = 1 << 30


_END = _Sentinel()


class IdleTask(Task):
    def __init__(self, kernel, ticks):
        super().__init__(kernel, IDLE, 0, None)
        self.waiting = False
        self.ticks = ticks
        self.noise = 1

    def step(self, packet):
        self.ticks -= 1
        if self.ticks == 0:
            return self.kernel.hold()
        if self.noise & 1:
            self.noise = (self.noise >> 1) ^ 0xD008
            return self.kernel.release(DEVICE_B)
        self.noise >>= 1
        return self.kernel.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, inbox):
        super().__init__(kernel, WORKER, 1000, inbox)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.index = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.kernel.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, inbox):
        super().__init__(kernel, ident, priority, inbox)
        self.jobs = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.jobs = enqueue(packet, self.jobs)
            else:
                self.devices = enqueue(packet, self.devices)
        job = self.jobs
        if job is None:
            return self.kernel.wait()
        if job.index >= 4:
            self.jobs = job.link
            return self.kernel.send(job, WORKER)
        device = self.devices
        if device is None:
            return self.kernel.wait()
        self.devices = device.link
        device.index = job.data[job.index]
        job.index += 1
        target = DEVICE_A if self.ident == HANDLER_A else DEVICE_B
        return self.kernel.send(device, target)


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority, None)
        self.busy_with = None
        self.echo = 0

    def step(self, packet):
        if packet is None:
            done = self.busy_with
            if done is None:
                return self.kernel.wait()
            self.busy_with = None
            return self.kernel.send(done, done.owner)
        self.busy_with = packet
        self.echo = (self.echo * 31 + packet.index) & 0xFFFF
        return self.kernel.hold()


def simulate(ticks):
    kernel = Kernel()
    kernel.install(IdleTask(kernel, ticks))
    work = enqueue(Packet(WORKER, WORK), enqueue(Packet(WORKER, WORK), None))
    kernel.install(WorkerTask(kernel, work))
    for handler, priority in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        queue = None
        for _ in range(3):
            queue = enqueue(Packet(handler, DEVICE), queue)
        kernel.install(HandlerTask(kernel, handler, priority, queue))
    kernel.install(DeviceTask(kernel, DEVICE_A, 4000))
    kernel.install(DeviceTask(kernel, DEVICE_B, 5000))
    kernel.run()
    echoes = [kernel.by_ident[d].echo for d in (DEVICE_A, DEVICE_B)]
    return kernel.sends, kernel.holds, echoes


def main():
    ticks = int(sys.argv[1]) if len(sys.argv) > 1 else 160000
    start = time.perf_counter()
    sends, holds, echoes = simulate(ticks)
    elapsed = time.perf_counter() - start
    print(f"checksum: sends={sends} holds={holds} echoes={echoes[0]},{echoes[1]}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
