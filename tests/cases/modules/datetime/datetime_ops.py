from datetime import datetime, timedelta, timezone
dt = datetime(2024, 3, 10, 14, 30, 45, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time(), dt.timestamp() if False else "-", dt + timedelta(hours=10), dt - datetime(2024, 1, 1))
utc = datetime(2024, 1, 1, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.tzname(), est.utcoffset(None), utc.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.fromisoformat("2021-05-06T07:08:09+02:00"))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %j %U %I%p"), datetime.strptime("2020-02-29 23:59", "%Y-%m-%d %H:%M"), dt.replace(microsecond=0), dt.weekday(), dt.timetuple().tm_yday)
try:
    utc < dt
except TypeError as e:
    print(e)
print(utc == datetime(2023, 12, 31, 19, tzinfo=est), repr(utc), repr(est), timezone.utc)
