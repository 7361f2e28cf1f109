import assert from "node:assert/strict";
import { test } from "node:test";
import { PyList } from "../../src/objects/list.js";
import {
  PySurrogateStr,
  StrBuilder,
  Substitution,
  codePointsOf,
  concatPieces,
  concatStr,
  joinsLone,
  strFromCodePoints,
  type PyStr,
} from "../../src/objects/str-surrogate.js";

const cps = (v: PyStr): number[] => codePointsOf(v);

test("strFromCodePoints boxes exactly when a high surrogate precedes a low one", () => {
  assert.equal(strFromCodePoints([0x61, 0x1f600]), "a😀");
  assert.equal(strFromCodePoints([0xdc00, 0xd800]), "\udc00\ud800");
  assert.equal(strFromCodePoints([0xd83d, 0x61, 0xde00]), "\ud83da\ude00");
  const boxed = strFromCodePoints([0x61, 0xd83d, 0xde00]);
  assert.ok(boxed instanceof PySurrogateStr);
  assert.deepEqual(cps(boxed), [0x61, 0xd83d, 0xde00]);
  // Long runs are built in chunks.
  const long = Array.from({ length: 10000 }, (_, i) => 0x41 + (i % 26));
  assert.equal((strFromCodePoints(long) as string).length, 10000);
});

test("joinsLone tests only the two units that meet, whichever side is longer", () => {
  assert.equal(joinsLone("a\ud83d", "\ude00b"), true);
  assert.equal(joinsLone("aaaaaaaa\ud83d", "\ude00"), true);
  assert.equal(joinsLone("\ud83d", "\ude00bbbbbbbb"), true);
  assert.equal(joinsLone("😀", "\ude00"), false);
  assert.equal(joinsLone("\ud83d", "😀"), false);
  assert.equal(joinsLone("", "\ude00"), false);
  assert.equal(joinsLone("\ud83d", ""), false);
});

test("concatStr and StrBuilder give the one representation", () => {
  const pair = concatStr("\ud83d", "\ude00");
  assert.ok(pair instanceof PySurrogateStr);
  assert.equal(concatStr("\ud83d", "x"), "\ud83dx");
  assert.deepEqual(cps(concatStr(pair, "😀")), [0xd83d, 0xde00, 0x1f600]);
  const b = new StrBuilder();
  b.add("x😀");
  b.addCodePoint(0xde00);
  assert.equal(b.result(), "x😀\ude00");
  const c = new StrBuilder();
  c.add("ab\ud83d");
  c.add("");
  c.addCodePoint(0xde00);
  c.add("z");
  assert.deepEqual(cps(c.result()), [0x61, 0x62, 0xd83d, 0xde00, 0x7a]);
  const d = new StrBuilder();
  d.addCodePoint(0x1f600);
  d.add("\ude00");
  assert.equal(d.result(), "😀\ude00");
});

test("Substitution stands in for lone surrogates with code points no operand holds", () => {
  const boxed = strFromCodePoints([0xd83d, 0xde00, 0xf0000]);
  const sub = new Substitution([boxed, "\ud83d😀"]);
  const a = sub.encode(boxed);
  const b = sub.encode("\ud83d😀");
  assert.equal(Array.from(a).length, 3);
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(a + b));
  assert.equal(Array.from(a)[2], "\u{f0000}");
  assert.notEqual(Array.from(a)[0]!.codePointAt(0), 0xf0000);
  assert.equal(Array.from(a)[0], Array.from(b)[0]);
  assert.deepEqual(cps(sub.decode(a)), [0xd83d, 0xde00, 0xf0000]);
  assert.equal(sub.decode(b), "\ud83d😀");
  const list = sub.decodeValue(new PyList([a, 1])) as PyList;
  assert.ok(list.items[0] instanceof PySurrogateStr);
  assert.equal(list.items[1], 1);
  assert.ok(new Substitution(["plain", "😀"]).empty);
});

test("concatPieces joins as BUILD_STRING must", () => {
  assert.equal(concatPieces(["a", "😀", "b"], 0, 3), "a😀b");
  assert.equal(concatPieces(["x", "a", "b", "y"], 1, 3), "ab");
  assert.deepEqual(cps(concatPieces(["a\ud83d", "\ude00"], 0, 2)), [0x61, 0xd83d, 0xde00]);
  const boxed = strFromCodePoints([0xd83d, 0xde00]);
  assert.deepEqual(cps(concatPieces(["<", boxed, ">"], 0, 3)), [0x3c, 0xd83d, 0xde00, 0x3e]);
});
