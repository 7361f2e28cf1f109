import pickle
from datetime import *
vals = [date(2020,1,2), datetime(2020,1,2,3,4,5,6), datetime(2020,1,2,tzinfo=timezone.utc), time(1,2,3,4), time(5, tzinfo=timezone(timedelta(hours=-3), "Z")), timedelta(1,2,3), timezone(timedelta(hours=1),'X'), timezone.utc, datetime(2020,1,2,fold=1), datetime(9999, 12, 31, 23, 59, 59, 999999)]
for v in vals:
    for proto in range(6):
        d = pickle.dumps(v, proto)
        print(proto, d)
        back = pickle.loads(d)
        assert back == v and type(back) is type(v), (v, back)
        if isinstance(v, (datetime, time)):
            assert back.fold == v.fold or proto < 4
print(pickle.loads(b'\x80\x03cdatetime\ndatetime\nq\x00C\n\x07\xe4\x01\x02\x00\x00\x00\x00\x00\x00q\x01\x85q\x02Rq\x03.'), pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc)
print(date(b"\x07\xe4\x01\x02"), time(b"\x81\x02\x03\x00\x00\x04").fold, datetime(b"\x07\xe4\x81\x02\x00\x00\x00\x00\x00\x00").fold)
