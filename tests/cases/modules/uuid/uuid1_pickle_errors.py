import uuid, pickle, copy
u = uuid.uuid1()
print(u.version, u.variant, len(u.hex), uuid.uuid1(node=0x123456789abc, clock_seq=5).node, uuid.uuid1(clock_seq=5).clock_seq)
print(uuid.SafeUUID.unknown, uuid.UUID(int=5).is_safe)
v = uuid.UUID(int=12345)
print(pickle.loads(pickle.dumps(v)) == v, copy.copy(v) == v, int(v), str(v))
try:
    v.x = 1
except TypeError as e:
    print(e)
for bad in [dict(), dict(hex="1" * 32, int=1), dict(int=-1), dict(bytes=b"x"), dict(fields=(1, 2)), dict(int=1, version=9)]:
    try:
        uuid.UUID(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
