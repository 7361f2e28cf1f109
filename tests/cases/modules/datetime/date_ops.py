from datetime import date, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.replace(day=1), d.timetuple()[:3])
print(date.fromisoformat("2021-12-31"), date.fromordinal(738000), d.strftime("%A %d %B %Y"), d.isoformat(), d.ctime(), date(2000, 1, 1) < d, date.min, date.max, d.year, d.month, d.day)
for args in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 1, 32)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
print(f"{d:%Y/%m/%d}", format(d, ""), date(2024, 1, 1).isocalendar().week, date.fromisocalendar(2024, 1, 1))
