from datetime import time, datetime
t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat(), t.isoformat("minutes"), t.strftime("%H-%M-%S %p"), t.replace(hour=1), time(), time.fromisoformat("04:05:06.789"), time.min, time.max, t.hour)
print(datetime(2024, 1, 2, 3, 4, 5).strftime("%a %b %d %y %H %M %S %% %c %x %X"), datetime(1999, 12, 31).strftime("%G-W%V-%u"))
for args in [(24,), (1, 60), (1, 1, 1, 10 ** 6)]:
    try:
        time(*args)
    except ValueError as e:
        print(e)
