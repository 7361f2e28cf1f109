/**
 * The disassembler: a code object as text, exactly as CPython 3.11's `dis.dis(code)` prints it
 * (Lib/dis.py: line numbers, `>>` on jump targets, offsets, opnames, arguments with their
 * meaning, the exception table, then each nested code object), caches hidden.
 */
import type { CodeObject } from "./code.js";
import { isCodeObject } from "./code.js";
import { constRepr, codeRepr } from "./const-repr.js";
import { parseExceptionTable } from "./exception-table.js";
import { decodeLocations } from "./locations.js";
import { BINARY_OPS, COMPARE_OPS, HAVE_ARGUMENT, OPCODES, Op } from "./opcodes.js";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_VALUE_CONVERTERS = ["", "str", "repr", "ascii"];

/** One decoded instruction (dis.Instruction, without the fields `dis` does not print). */
export interface DisInstruction {
  readonly opname: string;
  readonly opcode: number;
  /** null for opcodes without an argument. */
  readonly arg: number | null;
  readonly argrepr: string;
  /** Offset in bytes. */
  readonly offset: number;
  readonly startsLine: number | null;
  readonly isJumpTarget: boolean;
}

interface RawInstr {
  offset: number;
  op: number;
  arg: number | null;
}

/** _unpack_opargs: instructions with EXTENDED_ARG folded into the next argument, caches skipped. */
function unpackOpargs(code: Uint8Array): RawInstr[] {
  const out: RawInstr[] = [];
  let extendedArg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i]!;
    caches = OPCODES[op]?.cacheEntries ?? 0;
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = code[i + 1]! | extendedArg;
      extendedArg = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    } else {
      extendedArg = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

function isBackwardJumpName(name: string): boolean {
  return name.includes("JUMP_BACKWARD");
}

function jumpTarget(r: RawInstr): number | null {
  const info = OPCODES[r.op];
  if (info === undefined || r.arg === null) return null;
  if (info.arg !== "jump_forward" && info.arg !== "jump_backward") return null;
  const arg = isBackwardJumpName(info.name) ? -r.arg : r.arg;
  return r.offset + 2 + arg * 2;
}

/** findlinestarts: (byte offset, line) where the line changes. */
export function findLinestarts(co: CodeObject): Map<number, number> {
  const positions = decodeLocations(co.co_linetable, co.co_firstlineno);
  const starts = new Map<number, number>();
  let lastline: number | null = null;
  positions.forEach((p, unit) => {
    if (p.lineno !== null && p.lineno !== lastline) {
      lastline = p.lineno;
      starts.set(unit * 2, p.lineno);
    }
  });
  return starts;
}

function argRepr(co: CodeObject, r: RawInstr): string {
  const info = OPCODES[r.op]!;
  const arg = r.arg!;
  switch (info.arg) {
    case "const":
      // _get_const_value resolves LOAD_CONST only; KW_NAMES shows its bare index.
      return r.op === Op.LOAD_CONST ? constRepr(co.co_consts[arg]!) : "";
    case "name":
      if (r.op === Op.LOAD_GLOBAL) {
        const name = co.co_names[arg >> 1]!;
        return arg & 1 ? `NULL + ${name}` : name;
      }
      return co.co_names[arg]!;
    case "jump_forward":
    case "jump_backward":
      return `to ${jumpTarget(r)}`;
    case "local":
    case "free":
      return co.localsplusNames[arg]!;
    case "compare":
      return COMPARE_OPS[arg]!;
    default:
      break;
  }
  if (r.op === Op.FORMAT_VALUE) {
    let s = FORMAT_VALUE_CONVERTERS[arg & 3]!;
    if (arg & 4) s += (s ? ", " : "") + "with format";
    return s;
  }
  if (r.op === Op.MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
  if (r.op === Op.BINARY_OP) return BINARY_OPS[arg]!;
  return "";
}

/** get_instructions */
export function getInstructions(co: CodeObject): DisInstruction[] {
  const raw = unpackOpargs(co.co_code);
  const labels = new Set<number>();
  for (const r of raw) {
    const t = jumpTarget(r);
    if (t !== null) labels.add(t);
  }
  for (const e of parseExceptionTable(co.co_exceptiontable)) labels.add(e.target * 2);
  const linestarts = findLinestarts(co);
  return raw.map((r) => {
    const info = OPCODES[r.op];
    return {
      opname: info?.name ?? `<${r.op}>`,
      opcode: r.op,
      arg: r.arg,
      argrepr: r.arg === null || info === undefined ? "" : argRepr(co, r),
      offset: r.offset,
      startsLine: linestarts.get(r.offset) ?? null,
      isJumpTarget: labels.has(r.offset),
    };
  });
}

/** dis.disassemble(co, lasti): one code object, no nested ones; `-->` marks offset `lasti`. */
export function disassemble(co: CodeObject, lasti = -1): string {
  const lines: string[] = [];
  const linestarts = findLinestarts(co);
  const showLineno = linestarts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    const maxlineno = Math.max(...linestarts.values());
    linenoWidth = maxlineno >= 1000 ? String(maxlineno).length : 3;
  }
  const maxoffset = co.co_code.length - 2;
  const offsetWidth = maxoffset >= 10000 ? String(maxoffset).length : 4;
  for (const instr of getInstructions(co)) {
    if (showLineno && instr.startsLine !== null && instr.offset > 0) lines.push("");
    const fields: string[] = [];
    if (linenoWidth) {
      fields.push(
        instr.startsLine !== null ? String(instr.startsLine).padStart(linenoWidth) : " ".repeat(linenoWidth),
      );
    }
    fields.push(instr.offset === lasti ? "-->" : "   ");
    fields.push(instr.isJumpTarget ? ">>" : "  ");
    fields.push(String(instr.offset).padStart(offsetWidth));
    fields.push(instr.opname.padEnd(OPNAME_WIDTH));
    if (instr.arg !== null) {
      fields.push(String(instr.arg).padStart(OPARG_WIDTH));
      if (instr.argrepr) fields.push(`(${instr.argrepr})`);
    }
    lines.push(fields.join(" ").trimEnd());
  }
  const entries = parseExceptionTable(co.co_exceptiontable);
  if (entries.length) {
    lines.push("ExceptionTable:");
    for (const e of entries) {
      lines.push(
        `  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? " lasti" : ""}`,
      );
    }
  }
  return lines.map((l) => l + "\n").join("");
}

const FLAG_NAMES: [number, string][] = [
  [1, "OPTIMIZED"],
  [2, "NEWLOCALS"],
  [4, "VARARGS"],
  [8, "VARKEYWORDS"],
  [16, "NESTED"],
  [32, "GENERATOR"],
  [64, "NOFREE"],
  [128, "COROUTINE"],
  [256, "ITERABLE_COROUTINE"],
  [512, "ASYNC_GENERATOR"],
];

/** dis.pretty_flags */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (flags & flag) {
      names.push(FLAG_NAMES.find(([f]) => f === flag)?.[1] ?? `0x${flag.toString(16)}`);
      flags -= flag;
      if (!flags) return names.join(", ");
    }
  }
  names.push(`0x${flags.toString(16)}`);
  return names.join(", ");
}

/** dis.code_info(co) */
export function codeInfo(co: CodeObject): string {
  const kinds = co.localsplusKinds;
  const pick = (mask: number) => co.localsplusNames.filter((_, i) => (kinds[i]! & mask) !== 0);
  const varnames = pick(0x20);
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${varnames.length}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ];
  const section = (title: string, items: readonly string[]) => {
    if (!items.length) return;
    lines.push(title);
    items.forEach((item, i) => lines.push(`${String(i).padStart(4)}: ${item}`));
  };
  section("Constants:", co.co_consts.map(constRepr));
  section("Names:", co.co_names);
  section("Variable names:", varnames);
  section("Free variables:", pick(0x80));
  section(
    "Cell variables:",
    co.localsplusNames.filter((_, i) => kinds[i] === 0x40 || kinds[i] === 0x60),
  );
  return lines.join("\n");
}

/** dis.dis(co): the code object, then every code object among its constants, recursively. */
export function dis(co: CodeObject): string {
  let out = disassemble(co);
  for (const x of co.co_consts) {
    if (isCodeObject(x)) {
      out += "\n";
      out += `Disassembly of ${codeRepr(x)}:\n`;
      out += dis(x);
    }
  }
  return out;
}
