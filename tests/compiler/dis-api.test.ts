/**
 * The rest of the dis API the Python-level module builds on: code_info, pretty_flags and
 * stack_effect, compared with python3's.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { compile } from "../../src/compiler/compile.js";
import { isCodeObject } from "../../src/compiler/code.js";
import { codeInfo } from "../../src/compiler/dis.js";
import { OPCODES, stackEffect } from "../../src/compiler/opcodes.js";
import { parse } from "../../src/parser/parser.js";
import { PYTHON } from "./helpers/cpython-ast.js";
import { normalizeAddresses } from "./helpers/dis-compare.js";

const SOURCE = `
def outer(a, b=1, *args, c, **kw):
    x = a
    def inner(y, /):
        nonlocal x
        yield x + y
    return inner
class C:
    def m(self):
        return super().m()
`;

test("dis.code_info of every code object, as python3 prints it", () => {
  const script = `
import dis, json, sys
def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)
print(json.dumps([dis.code_info(co) for co in walk(compile(sys.argv[1], "m.py", "exec"))]))
`;
  const expected = (
    JSON.parse(execFileSync(PYTHON, ["-c", script, SOURCE], { encoding: "utf8" })) as string[]
  ).map(normalizeAddresses);
  const ours: string[] = [];
  const walk = (co: ReturnType<typeof compile>): void => {
    ours.push(normalizeAddresses(codeInfo(co)));
    for (const c of co.co_consts) if (isCodeObject(c)) walk(c);
  };
  walk(compile(parse(SOURCE, "m.py", "exec"), "m.py", "exec", { source: SOURCE }));
  assert.deepEqual(ours, expected);
});

test("dis.stack_effect for every opcode, jumping, not jumping and the maximum", () => {
  const args = [0, 1, 2, 3, 5, 8, 15, 258];
  const script = `
import dis, json, opcode
out = {}
for op in range(256):
    if opcode.opname[op].startswith("<"):
        continue
    for arg in ${JSON.stringify(args)}:
        for jump in (None, True, False):
            try:
                out[f"{op},{arg},{jump}"] = dis.stack_effect(op, arg if op >= opcode.HAVE_ARGUMENT else None, jump=jump)
            except ValueError:
                out[f"{op},{arg},{jump}"] = None
print(json.dumps(out))
`;
  const expected = JSON.parse(execFileSync(PYTHON, ["-c", script], { encoding: "utf8" })) as Record<
    string,
    number | null
  >;
  for (const info of OPCODES) {
    if (info === undefined) continue;
    for (const arg of args) {
      for (const [jump, name] of [
        [null, "None"],
        [true, "True"],
        [false, "False"],
      ] as const) {
        const key: string = `${info.code},${arg},${String(name)}`;
        assert.equal(
          stackEffect(info.code, info.code >= 90 ? arg : 0, jump),
          expected[key],
          `${info.name} ${key}`,
        );
      }
    }
  }
});
