for s, sep in [("key=value", "="), ("a=b=c", "="), ("novalue", "="), ("=x", "="), ("x=", "="), ("", "="), ("abcabc", "bc")]:
    print(s.partition(sep), s.rpartition(sep))
