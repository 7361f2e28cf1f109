import assert from "node:assert/strict";
import { test } from "node:test";
import { Sha512, sha512 } from "../../../src/modules/hashlib/sha512.js";
import { askPython, TestRandom } from "../../objects/python-oracle.js";

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

test("SHA-512 equals hashlib.sha512 across block boundaries", () => {
  const rnd = new TestRandom(512);
  const messages: number[][] = [];
  for (let n = 0; n <= 300; n++) messages.push(Array.from({ length: n }, () => rnd.below(256)));
  const expected = askPython(
    "import hashlib\nprint(json.dumps([hashlib.sha512(bytes(m)).hexdigest() for m in data]))",
    messages,
  ) as string[];
  messages.forEach((m, i) =>
    assert.equal(hex(sha512(Uint8Array.from(m))), expected[i], `length ${m.length}`),
  );
});

test("SHA-512 incremental updates equal one-shot, on 1 MB", () => {
  const data = new Uint8Array(1 << 20);
  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
  const expected = askPython(
    "import hashlib\nprint(json.dumps(hashlib.sha512(bytes(((i * 2654435761) & 0xffffffff) >> 24 for i in range(1 << 20))).hexdigest()))",
    null,
  );
  const h = new Sha512();
  for (let i = 0; i < data.length; i += 1000) h.update(data.subarray(i, i + 1000));
  assert.equal(hex(h.digest()), expected);
  assert.equal(hex(sha512(data)), expected);
});
