# With an object whose death is watched alive (observed mode), _thread.interrupt_main() still
# runs the handler at the next eval-breaker check, not at the end of the time slice.
import _thread
import signal


class Watched:
    def __del__(self):
        print("Watched dies")


keep = Watched()
seen = []


def handler(signum, frame):
    seen.append(signum)


signal.signal(signal.SIGINT, handler)
_thread.interrupt_main()
for _ in range(100):
    pass
print(seen)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    for _ in range(100):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
del keep
print("end")
