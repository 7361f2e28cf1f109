from concurrent.futures import ThreadPoolExecutor

for n in (0, -3):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
try:
    ThreadPoolExecutor(1, "prefix", None, (), 5)
except TypeError as e:
    print("TypeError:", e)
