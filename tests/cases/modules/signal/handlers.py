import signal
print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIG_DFL), signal.NSIG)
print(signal.getsignal(signal.SIGINT))
print(repr(signal.getsignal(signal.SIGTERM)))
print(signal.Signals(6), signal.Signals.SIGIOT, signal.SIGCLD)
def h(n, f):
    print("handler", n, type(n).__name__, f.f_code.co_name)
old = signal.signal(signal.SIGTERM, h)
print(old is signal.SIG_DFL, repr(old))
signal.raise_signal(signal.SIGTERM)
print(signal.getsignal(signal.SIGTERM) is h)
print(signal.signal(signal.SIGTERM, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGTERM)
print("ignored")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
for bad in (0, 65, -1):
    try:
        signal.signal(bad, h)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("OSError", e.errno, e)
try:
    signal.signal(signal.SIGINT, 5)
except TypeError as e:
    print("TypeError", e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(15), signal.strsignal(40))
print(len(signal.valid_signals()), signal.SIGRTMAX in signal.valid_signals())
print(signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raised")
def in_thread():
    try:
        signal.signal(signal.SIGINT, h)
    except ValueError as e:
        print("thread:", e)
import threading
t = threading.Thread(target=in_thread); t.start(); t.join()
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(sorted(n for n in dir(signal) if n.startswith("SIG_")))
