from datetime import datetime, date, time, timedelta, timezone
print(timedelta(microseconds=-1), timedelta(seconds=0.5), timedelta(days=0.1), timedelta(minutes=1.5) * 1.5, timedelta(hours=1) / 7, timedelta(1) // 7, -timedelta(hours=1) // timedelta(minutes=7))
print(repr(timedelta(days=-1, seconds=5)), timedelta(weeks=2).days, str(timedelta(days=2, microseconds=1)), abs(timedelta(-1)), timedelta(hours=-25))
tz = timezone(timedelta(hours=5, minutes=30))
dt = datetime(2020, 6, 15, 12, 0, tzinfo=tz)
print(dt, dt.utcoffset(), dt.tzname(), dt.astimezone(timezone.utc), dt.timestamp(), dt.isoformat(timespec="minutes"), str(tz), repr(timezone(timedelta(0))))
print(datetime(2020, 1, 1) - timedelta(microseconds=1), datetime.combine(date(2020, 1, 1), time(5, 6)), datetime(2020, 1, 1).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
print(datetime.fromisoformat("2020-01-01T10:00:00.5"), datetime.fromisoformat("2020-01-01T10:00:00Z"), time.fromisoformat("10:00:00+01:00"), date(2020, 5, 17).strftime("%U %W %j %w %a %y"), datetime(2020, 1, 1, 0, 0).strftime("%I %p"))
print(datetime.fromtimestamp(1.5, timezone.utc), datetime.utcfromtimestamp(86400 * 365.25), date.fromtimestamp(0), datetime(2000, 1, 1) < datetime(2000, 1, 2), datetime(2000, 1, 1) == date(2000, 1, 1))
print(time(1, 2, 3) < time(1, 2, 4), time(12, tzinfo=timezone.utc), repr(time(1, tzinfo=timezone.utc)), date(2024, 1, 1) + timedelta(hours=30), datetime.max - datetime.min)
for bad in [lambda: timezone(timedelta(hours=24)), lambda: datetime(2020, 1, 1, tzinfo=1), lambda: date(2020, 1, 1.0), lambda: datetime.strptime("2020", "%Y-%m"), lambda: datetime.strptime("2020-01-01x", "%Y-%m-%d"), lambda: date.fromisoformat("2020-1-1"), lambda: date(1, 1, 1) - timedelta(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1)]), {date(2020, 1, 1), date(2020, 1, 1)}, dt.replace(tzinfo=None))
