import _thread

names = ["start_new_thread", "allocate_lock", "get_ident", "get_native_id", "_count",
         "TIMEOUT_MAX", "error", "stack_size", "interrupt_main", "exit", "_local",
         "_set_sentinel", "_excepthook", "_ExceptHookArgs", "LockType", "RLock"]
for name in names:
    print(name, hasattr(_thread, name))
print(_thread.error is RuntimeError)
print(type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 0)
