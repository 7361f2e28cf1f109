import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst, tuple(t))
t2 = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", t2))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.strftime("%H:%M", t2))
print(time.asctime(t2), time.gmtime(86400 * 365.25 * 30).tm_year, time.gmtime(-86400))
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st, st[0], st[-1], len(st), st.tm_zone, st.tm_gmtoff)
import calendar
print(calendar.timegm(t2), calendar.timegm((2024, 3, 1, 0, 0, 0)))
