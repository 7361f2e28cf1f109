import signal

print(list(signal.Signals)[:5])
print(signal.Signals.SIGTERM.name, int(signal.Signals.SIGTERM), signal.SIGTERM == 15)
print(signal.Signals(17), signal.SIGCHLD is signal.SIGCLD)
print(isinstance(signal.SIGINT, int), signal.SIGINT + 1)
print(repr(signal.SIG_IGN), repr(signal.Handlers(0)))
print(repr(signal.SIG_BLOCK), signal.Sigmasks.SIG_SETMASK.value)
print(sorted(signal.valid_signals())[:3], max(signal.valid_signals()))
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(repr(old), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.signal(signal.SIGUSR1, lambda n, f: None) is signal.SIG_IGN)
