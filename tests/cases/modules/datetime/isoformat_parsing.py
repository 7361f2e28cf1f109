from datetime import datetime, date, time
for s in ["2024-01-02", "2024-01-02T03:04:05", "2024-01-02 03:04:05.123456", "2024-01-02T03:04:05+05:30", "2024-01-02T03:04Z" if False else "2024-01-02T03:04"]:
    dt = datetime.fromisoformat(s)
    print(s, "->", repr(dt), dt.isoformat())
for bad in ["2024-13-01", "20240102x", "", "2024-01-02T25:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print(e)
print(time.fromisoformat("12:34"), date.fromisoformat("2024-02-29"), datetime(2024, 1, 2, 3, 4, 5, 600).isoformat(timespec="milliseconds"))
