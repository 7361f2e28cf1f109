import json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), Enc(indent=1).encode([1]), list(Enc().iterencode({"a": [1, 2]})))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print(str(e)[:40])
dec = json.JSONDecoder()
print(dec.decode('{"a": 1}'), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('"x"yz'))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": 26}')))
