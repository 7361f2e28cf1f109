/**
 * _pyglass_dis: what lib/dis.py and lib/opcode.py read from the interpreter — the opcode
 * tables (derived from src/compiler/opcodes.ts, the one table the compiler and the VM use),
 * stack_effect, the decoded instructions of a runtime code object, and the text of
 * src/compiler/dis.ts's formatter (the layout `pyglass dis` prints).
 */
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { PyCode } from "../objects/code.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { intValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import { PyTuple } from "../objects/tuple.js";
import { codeInfo, disassemble, getInstructions } from "../compiler/dis.js";
import { BINARY_OPS, COMPARE_OPS, HAVE_ARGUMENT, OPCODES, Op, stackEffect } from "../compiler/opcodes.js";
import type { ArgKind } from "../compiler/opcodes.js";
import type { Interpreter } from "../vm/interpreter.js";

const list = (items: PyValue[]): PyList => new PyList(items);

/** The opcodes whose argument is of one of `kinds` (opcode.hasconst & co.). */
function having(...kinds: ArgKind[]): PyList {
  const out: PyValue[] = [];
  for (const info of OPCODES) if (info !== undefined && kinds.includes(info.arg)) out.push(info.code);
  return list(out);
}

function codeArg(v: PyValue | undefined, fname: string): PyCode {
  if (!(v instanceof PyCode))
    throw typeError(`${fname}() expected a code object, not ${typeName(v ?? None)}`);
  return v;
}

/** A jump's target offset in bytes (3.11: relative to the instruction after the caches). */
function jumpTarget(op: number, arg: number, offset: number): number {
  const info = OPCODES[op]!;
  const rel = info.name.includes("JUMP_BACKWARD") ? -arg : arg;
  return offset + 2 + (info.cacheEntries + rel) * 2;
}

/** dis._get_instructions_bytes' argval: what the argument stands for. */
function argval(code: PyCode, op: number, arg: number | null, offset: number): PyValue {
  if (arg === null) return None;
  const info = OPCODES[op];
  if (info === undefined) return arg;
  switch (info.arg) {
    case "const":
      return op === Op.LOAD_CONST ? code.consts[arg]! : arg;
    case "name":
      return op === Op.LOAD_GLOBAL ? code.names[arg >> 1]! : code.names[arg]!;
    case "local":
    case "free":
      return code.co.localsplusNames[arg]!;
    case "compare":
      return COMPARE_OPS[arg]!;
    case "jump_forward":
    case "jump_backward":
      return jumpTarget(op, arg, offset);
    default:
      return arg;
  }
}

export function makeDisNativeModule(_interp: Interpreter): PyModule {
  const m = new PyModule("_pyglass_dis");
  const d = m.dict!;
  const opname: PyValue[] = [];
  for (let i = 0; i < 256; i++) opname.push(OPCODES[i]?.name ?? `<${i}>`);
  d.setStr("opname", list(opname));
  d.setStr("HAVE_ARGUMENT", HAVE_ARGUMENT);
  d.setStr("EXTENDED_ARG", Op.EXTENDED_ARG!);
  d.setStr("cmp_op", new PyTuple([...COMPARE_OPS]));
  d.setStr("hasconst", having("const"));
  d.setStr("hasname", having("name"));
  d.setStr("hasjrel", having("jump_forward", "jump_backward"));
  d.setStr("hasjabs", list([]));
  d.setStr("haslocal", having("local"));
  d.setStr("hasfree", having("free"));
  d.setStr("hascompare", having("compare"));
  d.setStr("hasnargs", list([]));
  d.setStr("_inline_cache_entries", list(OPCODES.map((i) => i?.cacheEntries ?? 0)));
  // opcode._nb_ops: (NB_ name, symbol) pairs; the names follow the symbols' order.
  const NB_NAMES = [
    "ADD",
    "AND",
    "FLOOR_DIVIDE",
    "LSHIFT",
    "MATRIX_MULTIPLY",
    "MULTIPLY",
    "REMAINDER",
    "OR",
    "POWER",
    "RSHIFT",
    "SUBTRACT",
    "TRUE_DIVIDE",
    "XOR",
  ];
  d.setStr(
    "_nb_ops",
    list(
      BINARY_OPS.map(
        (sym, i) => new PyTuple([i < 13 ? `NB_${NB_NAMES[i]}` : `NB_INPLACE_${NB_NAMES[i - 13]}`, sym]),
      ),
    ),
  );
  const fns = nativeFunctions("_pyglass_dis", {
    stack_effect: (_t, _s, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const npos = args.length - nkw;
      let jump: boolean | null = null;
      for (let i = 0; i < nkw; i++) {
        if (kwnames![i] !== "jump") {
          throw typeError(`stack_effect() got an unexpected keyword argument '${kwnames![i]}'`);
        }
        const v = args[npos + i]!;
        jump = v === None ? null : v === true ? true : v === false ? false : null;
      }
      const op = intValue(args[0] ?? None);
      if (op === undefined) throw typeError("an integer is required");
      const opcode = Number(op);
      const hasOparg = npos > 1 && args[1] !== None;
      if (opcode >= HAVE_ARGUMENT && !hasOparg) {
        throw valueError("stack_effect: opcode requires oparg but oparg was not specified");
      }
      if (opcode < HAVE_ARGUMENT && hasOparg) {
        throw valueError("stack_effect: opcode does not permit oparg but oparg was specified");
      }
      const oparg = hasOparg ? Number(intValue(args[1]!) ?? 0) : 0;
      const r = stackEffect(opcode, oparg, jump);
      if (r === null) throw valueError("invalid opcode or oparg");
      return r;
    },
    // (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target) per instruction.
    instructions: (_t, _s, args) => {
      const code = codeArg(args[0], "instructions");
      return list(
        getInstructions(code.co).map(
          (i) =>
            new PyTuple([
              i.opname,
              i.opcode,
              i.arg ?? None,
              argval(code, i.opcode, i.arg, i.offset),
              i.argrepr,
              i.offset,
              i.startsLine ?? None,
              i.isJumpTarget,
            ]),
        ),
      );
    },
    disassemble: (_t, _s, args) => {
      const code = codeArg(args[0], "disassemble");
      const lasti = args.length > 1 ? Number(intValue(args[1]!) ?? -1) : -1;
      return disassemble(code.co, lasti);
    },
    code_info: (_t, _s, args) => codeInfo(codeArg(args[0], "code_info").co),
  });
  for (const [name, f] of fns) d.setStr(name, f);
  return m;
}
