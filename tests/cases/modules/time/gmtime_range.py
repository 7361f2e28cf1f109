import time
for ts in [0, 1, 59, 3600, 86399, 86400, 951782400, 1234567890, 2147483647, 4102444800, -1, -2208988800, 1700000000.75]:
    t = time.gmtime(ts)
    print(ts, tuple(t), time.strftime("%Y-%m-%d %H:%M:%S %a %j", t))
