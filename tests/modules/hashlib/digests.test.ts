import assert from "node:assert/strict";
import { test } from "node:test";
import { HASH_ALGORITHMS } from "../../../src/modules/hashlib/algorithms.js";
import { toHex } from "../../../src/modules/hashlib/hash.js";
import { askPython, TestRandom } from "../../objects/python-oracle.js";

test("md5, sha1, sha256, sha512 equal hashlib for lengths 0..300, split and copied", () => {
  const rnd = new TestRandom(77);
  const messages: number[][] = [];
  for (let n = 0; n <= 300; n++) messages.push(Array.from({ length: n }, () => rnd.below(256)));
  const names = Object.keys(HASH_ALGORITHMS);
  const expected = askPython(
    `import hashlib\nprint(json.dumps({n: [hashlib.new(n, bytes(m)).hexdigest() for m in data[1]] for n in data[0]}))`,
    [names, messages],
  ) as Record<string, string[]>;
  for (const name of names) {
    messages.forEach((m, i) => {
      const bytes = Uint8Array.from(m);
      const h = HASH_ALGORITHMS[name]!();
      const cut = rnd.below(m.length + 1);
      h.update(bytes.subarray(0, cut));
      const snapshot = h.copy();
      h.update(bytes.subarray(cut));
      assert.equal(toHex(h.digest()), expected[name]![i], `${name} of ${m.length} bytes`);
      assert.equal(toHex(h.digest()), expected[name]![i], `${name}: digest() twice`);
      assert.equal(
        toHex(snapshot.update(bytes.subarray(cut)).digest()),
        expected[name]![i],
        `${name}: copy()`,
      );
    });
  }
});
