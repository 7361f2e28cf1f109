// Widths and precisions whose result is longer than a JavaScript string can hold (V8: about 2**29
// characters). CPython builds such strings (format(1.5, "2147483648") is 2 GB) or fails the
// allocation with MemoryError; pyglass cannot build them, so it must raise exactly MemoryError,
// never fail inside the host. The shared behaviour (errors raised before building, results of a
// million characters) is the differential case types/format/huge_width_and_precision.py.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runPyglass } from "../../random/program-parity.js";

const EXPRESSIONS = [
  'format(1.5, "2147483648")',
  'format(7, ">2147483648")',
  'format("s", "<9999999999")',
  'format(2 ** 70, "0600000000")',
  'format(1 + 2j, "600000000")',
  'format(True, "600000000")',
  'format(1.5, ".2147483647f")',
  'format(1.5, ".2147483647e")',
  'format(1.5, "#.2147483647g")',
  'format(1 + 2j, ".2147483647f")',
  'format(7, ".2147483647f")',
  '"{:600000000}".format(1)',
  'f"{1:2147483648}"',
  '"%600000000d" % 1',
  '"%.600000000f" % 1.5',
  '"%2147483648d" % 1',
  'b"%600000000d" % 1',
  '"x".ljust(2 ** 31)',
  '"x".center(600000000)',
  '"x".zfill(600000000)',
];

const PROGRAM = `
for src in ${JSON.stringify(EXPRESSIONS)}:
    print("@@", src)
    try:
        eval(src)
        print("built")
    except BaseException as e:
        print(type(e).__name__, repr(str(e)))
`;

test("results too long for an engine string raise MemoryError", { timeout: 120_000 }, async () => {
  const run = await runPyglass(PROGRAM, 60_000);
  assert.equal(run.failure, undefined);
  for (const src of EXPRESSIONS) assert.deepEqual(run.sections.get(src), ["MemoryError ''"], src);
});

test("'g' without '#' and a huge precision needs no long string", { timeout: 120_000 }, async () => {
  const src =
    'print("@@ g"); print(format(1.5, ".2147483647g"), format(1e300, ".600000000g")[:20], "%.600000000g" % 0.1)';
  const run = await runPyglass(src, 60_000);
  assert.equal(run.failure, undefined);
  assert.deepEqual(run.sections.get("g"), [
    "1.5 10000000000000000525 0.1000000000000000055511151231257827021181583404541015625",
  ]);
});
