import threading

print(threading.stack_size())
print(threading.stack_size(0))
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.stack_size(-1)
except ValueError as e:
    print("ValueError:", e)
print(threading.stack_size())
