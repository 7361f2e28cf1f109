from datetime import timedelta
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // 3, td % timedelta(hours=1), td / timedelta(minutes=1), td // timedelta(hours=1))
print(timedelta(0), timedelta(days=-1), timedelta(seconds=-1), timedelta(microseconds=1), timedelta(weeks=1, milliseconds=1500), timedelta(days=1.5), timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(hours=25) == timedelta(days=1, hours=1), timedelta(1) > timedelta(0), bool(timedelta(0)), divmod(timedelta(hours=5), timedelta(hours=2)), sum([timedelta(1), timedelta(2)], timedelta()))
try:
    timedelta(days=10 ** 9)
except OverflowError as e:
    print(e)
