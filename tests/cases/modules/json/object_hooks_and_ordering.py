import json
from collections import OrderedDict
from decimal import Decimal
text = '{"z": 1, "a": {"price": 1.10, "qty": 3}, "m": [1.5, 2]}'
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, parse_float=Decimal))
def hook(d):
    return {k.upper(): v for k, v in d.items()}
print(json.loads(text, object_hook=hook))
print(json.dumps(json.loads(text), sort_keys=True, indent=1))
