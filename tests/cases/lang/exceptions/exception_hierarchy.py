names = [
    ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, PermissionError,
    UnboundLocalError, RecursionError, NotImplementedError, ModuleNotFoundError, StopAsyncIteration,
    UnicodeDecodeError, TabError, IndentationError, KeyboardInterrupt, GeneratorExit, TimeoutError,
    BrokenPipeError, ConnectionRefusedError, DeprecationWarning, BytesWarning, EOFError, BufferError,
]
for cls in names:
    print(cls.__name__, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(IOError is OSError, EnvironmentError is OSError)
