/**
 * Constant folding against python3: each expression is compiled as `vN = EXPR` and the constant
 * CPython stores (or the absence of one, when CPython leaves the operation to run time) must be
 * the same. Covers int, float, complex, str, bytes and tuple arithmetic, the size limits of
 * Python/ast_opt.c, and the operations that raise (left unfolded).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { compile } from "../../src/compiler/compile.js";
import { constRepr } from "../../src/compiler/const-repr.js";
import { isCodeObject } from "../../src/compiler/code.js";
import { parse } from "../../src/parser/parser.js";
import { PYTHON } from "./helpers/cpython-ast.js";

const EXPRESSIONS = [
  "1 + 2",
  "7 - 10",
  "6 * 7",
  "7 / 2",
  "-7 / 2",
  "1 / 3",
  "2 / 3",
  "10 ** 20 / 3",
  "(10 ** 30 + 1) / 7",
  "(2 ** 60 + 1) / 2 ** 61",
  "7 // 2",
  "-7 // 2",
  "7 // -2",
  "-7 % 3",
  "7 % -3",
  "7.5 // 2",
  "-7.5 // 2",
  "7.5 % -2",
  "-0.0 % 5",
  "0.0 // -1",
  "5 % 0",
  "5 // 0",
  "5 / 0",
  "5.0 % 0.0",
  "2 ** 10",
  "2 ** 64",
  "2 ** 100",
  "(-2) ** 63",
  "2 ** -2",
  "10 ** -3",
  "0 ** -1",
  "(-8) ** (1 / 3)",
  "2.0 ** 0.5",
  "2 ** -0.5",
  "10 ** -5",
  "3 ** -1",
  "10.0 ** 22",
  "1.1 ** 100",
  "7 ** (1 / 3)",
  "0.1 ** 3",
  "1.5 ** -7.25",
  "(-2.0) ** 2",
  "1e308 * 10",
  "1e308 + 1e308 - 1e308",
  "1 << 64",
  "1 << 200",
  "1 << -1",
  "-1 >> 3",
  "255 >> 100",
  "0xf0 | 0x0f",
  "0xff ^ 0x0f",
  "-1 & 0xff",
  "True + True",
  "True * 3",
  "True & False",
  "True | False",
  "True ^ True",
  "True & 1",
  "~True",
  "-True",
  "+False",
  "not 0",
  "not ''",
  "not (1,)",
  "~5",
  "-(-5)",
  "-0.0",
  "--0.0",
  "1 + 2.5",
  "3 * 0.1",
  "0.1 + 0.2",
  "1e16 + 1",
  "2 ** 53 + 1.0",
  "10 ** 400 * 1.0",
  "1j * 1j",
  "(1 + 2j) * (3 - 4j)",
  "(1 + 2j) / (3 - 4j)",
  "1j / 0",
  "(1 + 1j) ** 2",
  "(1 + 1j) ** 0.5",
  "2 ** (1 + 1j)",
  "-(1 + 0j)",
  "0j - 0j",
  "(-0.0) + 0j",
  "'ab' + 'cd'",
  "'ab' * 3",
  "3 * 'ab'",
  "'ab' * -1",
  "'x' * 4096",
  "'x' * 4097",
  "'xy' * 2049",
  "b'ab' * 2",
  "b'a' + b'b'",
  "'%s' % 'a'",
  "(1, 2) + (3,)",
  "(1,) * 256",
  "(1,) * 257",
  "(1, 2) * 128",
  "((1, 2),) * 200",
  "'abc'[1]",
  "'abc'[-1]",
  "'abc'[3]",
  "'日本語'[1]",
  "b'abc'[0]",
  "(1, 2, 3)[True]",
  "(1, (2, 3))[1]",
  "(1, 2) @ (3, 4)",
  "'a' < 'b'",
  "1 if 2 else 3",
  "(1, 2.0, 'x', b'y', None, ..., True)",
  "((1, 2), (3, (4,)))",
];

const source = EXPRESSIONS.map((e, i) => `v${i} = ${e}\n`).join("");

const expected = JSON.parse(
  execFileSync(
    PYTHON,
    [
      "-c",
      "import json, sys; co = compile(sys.argv[1], 'f', 'exec'); print(json.dumps([repr(c) for c in co.co_consts]))",
      source,
    ],
    { encoding: "utf8" },
  ),
) as string[];

test("constants folded as CPython folds them", () => {
  const co = compile(parse(source, "f", "exec"), "f", "exec", { source });
  const ours = co.co_consts.map((c) => (isCodeObject(c) ? "<code>" : constRepr(c)));
  assert.deepEqual(ours, expected);
});
