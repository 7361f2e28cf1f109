// The pattern translator on its own: every construct whose meaning differs between Python and
// JavaScript is checked by running the translated RegExp, and errors carry sre_parse's message
// and position (the differential cases under tests/cases/modules/re/ cover the Python API).
import assert from "node:assert/strict";
import { test } from "node:test";
import { F, FlagError, PatternError, translate } from "../../../src/modules/re-translate.js";

/** All matches of a Python pattern in a subject, as the translated RegExp finds them. */
function all(pattern: string, subject: string, flags = 0): string[] {
  const tr = translate(pattern, flags, false);
  const re = new RegExp(tr.source, "dvg" + (tr.ignoreCase ? "i" : ""));
  return [...subject.matchAll(re)].map((m) => m[0]);
}

function error(pattern: string): [string, number | null] {
  try {
    translate(pattern, 0, false);
  } catch (e) {
    if (e instanceof PatternError) return [e.msg, e.pos];
    throw e;
  }
  assert.fail(`${pattern} compiled`);
}

test("anchors keep Python's meaning", () => {
  assert.deepEqual(all("x$", "x\nx\n"), ["x"]);
  assert.deepEqual(all("x$", "x\nx\n", F.MULTILINE), ["x", "x"]);
  assert.deepEqual(all("x\\Z", "x\n"), []);
  assert.deepEqual(all("^a", "a\na", F.MULTILINE), ["a", "a"]);
  assert.deepEqual(all("\\Aa", "a\na", F.MULTILINE), ["a"]);
});

test("classes are Python's: Unicode \\w, \\d and \\s; dot stops only at \\n", () => {
  assert.deepEqual(all("\\w+", "café 日本 x_1"), ["café", "日本", "x_1"]);
  assert.deepEqual(all("\\w+", "café", F.ASCII), ["caf"]);
  assert.deepEqual(all("\\d", "1٢x"), ["1", "٢"]);
  assert.deepEqual(all("\\s", "a\x1cb\u2028c\ufeffd"), ["\x1c", "\u2028"]);
  assert.deepEqual(all(".", "a\rb\n"), ["a", "\r", "b"]);
  assert.deepEqual(all("\\bé", "é xé"), ["é"]);
});

test("quantifier forms and atomic groups", () => {
  assert.deepEqual(all("a{,2}b", "aaab"), ["aab"]);
  assert.deepEqual(all("a{", "a{"), ["a{"]);
  assert.deepEqual(all("(?>a+)ab", "aaab"), []);
  assert.deepEqual(all("a++b", "aab"), ["aab"]);
});

test("scoped IGNORECASE folds by hand", () => {
  const tr = translate("(?i:ab)c", 0, false);
  assert.equal(tr.ignoreCase, false);
  assert.deepEqual(all("(?i:ab)c", "ABc ABC abc"), ["ABc", "abc"]);
  assert.deepEqual(all("a(?-i:b)", "AB Ab ab", F.IGNORECASE), ["Ab", "ab"]);
});

test("group numbers survive the groups the translation adds", () => {
  const tr = translate("(?>(a))(b)\\2", 0, false);
  assert.equal(tr.groups, 2);
  assert.deepEqual(all("(?>(a))(b)\\2", "abb"), ["abb"]);
  assert.deepEqual(all("(?>(a))(b)\\2", "abab"), []);
  assert.deepEqual(all("(a)++(b)\\2\\1", "aabba"), ["aabba"]);
});

test("errors carry sre_parse's messages and positions", () => {
  assert.deepEqual(error("("), ["missing ), unterminated subpattern", 0]);
  assert.deepEqual(error("a**"), ["multiple repeat", 2]);
  assert.deepEqual(error("[z-a]"), ["bad character range z-a", 1]);
  assert.deepEqual(error("(?<=a+)b"), ["look-behind requires fixed-width pattern", null]);
  assert.deepEqual(error("(a\\1)"), ["cannot refer to an open group", 2]);
  assert.deepEqual(error("x(?i)"), ["global flags not at the start of the expression", 1]);
  assert.throws(() => translate("a", F.LOCALE, false), FlagError);
  assert.deepEqual(error("(?(1)a|b|c)"), ["conditional backref with more than two branches", 8]);
  assert.deepEqual(error("(?(2)a|b)(c)"), ["invalid group reference 2", 3]);
  assert.deepEqual(error("(?(x)a)"), ["unknown group name 'x'", 3]);
});

test("conditional groups go to the backtracking matcher, other patterns stay RegExps", () => {
  assert.equal(translate("(a)?(?(1)b|c)", 0, false).backtrack, true);
  assert.equal(translate("(?(1)b|c)(a)", 0, false).backtrack, true); // a later group may be named
  assert.equal(translate("(a)(?=b)\\1|c", 0, false).backtrack, false);
  // sre fails a reference to a group that did not match; a RegExp matches it as empty.
  assert.equal(translate("(a)?\\1", 0, false).backtrack, true);
  assert.equal(translate("(?:(a)|b)\\1", 0, false).backtrack, true);
  assert.equal(translate("(?:(a)|(a))\\1", 0, false).backtrack, true);
  assert.equal(translate("(?:(a)b|(a)c)+\\2", 0, false).backtrack, true);
  assert.equal(translate("(?:(a)+)\\1(?!(b))", 0, false).backtrack, false);
  assert.equal(translate("a", F.LOCALE, true).flags & F.LOCALE, F.LOCALE);
  // bytes fold ASCII case only, by hand, and a case-insensitive reference needs the matcher
  assert.equal(translate("\\xe9", F.IGNORECASE, true).ignoreCase, false);
  assert.equal(translate("(a)\\1", F.IGNORECASE, true).backtrack, true);
  assert.equal(translate("(a)\\1", F.IGNORECASE, false).backtrack, false);
});

test("a repeated group some iteration may skip goes to the matcher (sre keeps its last value)", () => {
  assert.equal(translate("(?:(a)|b)+", 0, false).backtrack, true);
  assert.equal(translate("(?:(a)?x)*", 0, false).backtrack, true);
  assert.equal(translate("(?:(a)|b)?", 0, false).backtrack, false);
  assert.equal(translate("(?:(a)x)+", 0, false).backtrack, false);
  assert.equal(translate("(\\d+)(?:\\.(\\d+))*", 0, false).backtrack, false);
});
