from datetime import date, datetime, timedelta
d1, d2 = date(2024, 1, 31), date(2024, 3, 1)
print(d2 - d1, (d2 - d1).days, d1 + timedelta(days=29), d1 - timedelta(weeks=5), d1 < d2, max(d1, d2), sorted([d2, d1]))
dt = datetime(2023, 12, 31, 23, 59, 59)
print(dt + timedelta(seconds=1), dt - timedelta(days=365), (datetime(2024, 1, 1) - dt).total_seconds(), dt.replace(year=2024) > dt)
print(date(2024, 2, 29).replace(year=2025) if False else "-", date(2020, 2, 29) + timedelta(days=365), date.fromordinal(1), date(1, 1, 1).toordinal())
try:
    date(2024, 2, 29).replace(year=2023)
except ValueError as e:
    print(e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print(e)
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): "x"}[date(2024, 1, 1)])
