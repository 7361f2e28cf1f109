def append(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append(1))
print(append(2))
print(append(3, []))
print(append(4))
print(append.__defaults__)


def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe(1), safe(2))
