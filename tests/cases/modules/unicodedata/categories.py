import unicodedata
sample = "Aa1 _\t\n!$(+\u00ad\u0300\u0345\u05d0\u0627\u0660\u0903\u200b\u2028\u2029\u20ac\u2160\u3000\ud800\ue000\uffff\U0001f600\U000e0001\U0010ffff"
for ch in sample:
    print(hex(ord(ch)), unicodedata.category(ch), repr(unicodedata.bidirectional(ch)), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch))
from collections import Counter
print(sorted(Counter(unicodedata.category(chr(c)) for c in range(0, 0x3000, 2)).items()))
print(sorted(Counter(unicodedata.east_asian_width(chr(c)) for c in range(0x0, 0x20000, 13)).items()))
