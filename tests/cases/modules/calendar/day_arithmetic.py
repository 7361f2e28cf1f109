import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2038, 1, 19, 3, 14, 8, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY)
try:
    calendar.monthrange(2024, 13)
except ValueError as e:
    print(type(e).__name__, e)
