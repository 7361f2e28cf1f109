# JSON round trips: build a catalogue of nested records (dicts, lists, strings with
# escapes and non-ASCII text, ints, floats, booleans, None), then repeatedly dump it with
# different options and load it back. Measures the json module and the dict/list/str work
# around it. Size: records in the catalogue.
import json
import sys
import time

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
ODD_TEXT = ['quote " inside', "back\\slash", "tab\there", "line\nbreak", "café ünïcode", "€ sign", "\u2603"]


def make_record(i):
    word = WORDS[i % len(WORDS)]
    return {
        "id": i,
        "name": f"{word}-{i:05d}",
        "price": round(i * 0.37 % 101.0, 2),
        "ratio": i / 7.0,
        "active": i % 3 != 0,
        "parent": None if i % 5 == 0 else i // 5,
        "tags": [WORDS[(i + k) % len(WORDS)] for k in range(i % 4 + 1)],
        "note": ODD_TEXT[i % len(ODD_TEXT)],
        "dims": {"w": i % 17, "h": i % 13, "d": [i % 3, i % 5, i % 7]},
    }


def roundtrip(records, rounds):
    sizes = 0
    checksum = 0
    for r in range(rounds):
        if r % 3 == 0:
            text = json.dumps(records)
        elif r % 3 == 1:
            text = json.dumps(records, sort_keys=True, indent=2)
        else:
            text = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
        sizes += len(text)
        loaded = json.loads(text)
        for rec in loaded:
            checksum += rec["id"] + len(rec["tags"]) + rec["dims"]["d"][2] + len(rec["note"])
            if rec["active"]:
                checksum += 1
        if loaded != records:
            raise AssertionError("round trip changed the data")
    return sizes, checksum


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    start = time.perf_counter()
    records = [make_record(i) for i in range(count)]
    sizes, checksum = roundtrip(records, 12)
    elapsed = time.perf_counter() - start
    print(f"checksum: chars={sizes} sum={checksum}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
