import time
st = time.strptime("2023-07-14 09:08:07", "%Y-%m-%d %H:%M:%S")
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(time.strftime("%A %d %B %Y", st))
for args in [("2023-13-01", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print(e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter_ns()).__name__, time.time() > 1e9)
t0 = time.monotonic()
print(time.monotonic() >= t0)
