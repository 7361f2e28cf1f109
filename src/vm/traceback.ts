/**
 * Printing an uncaught exception as CPython 3.11's PyErr_Display does (Python/pythonrun.c
 * print_exception_recursive / print_exception, Python/traceback.c tb_printinternal /
 * tb_displayline): the chain of causes and contexts, "Traceback (most recent call last):", one
 * entry per frame with its source line and the ^^^ / ~~~ markers derived from the location
 * table, "[Previous line repeated N more times]", the message with "Did you mean" suggestions
 * (Python/suggestions.c) and notes.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyType, typeOf } from "../objects/core.js";
import type { PyCode } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import { E, PyBaseException, PyTraceback } from "../objects/exceptions.js";
import { strValue } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { objectDir } from "../objects/dir.js";
import { call } from "../objects/ops/call.js";
import { repr, str } from "../objects/ops/convert.js";
import { toArray } from "../objects/ops/iter.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { parse } from "../parser/parser.js";
import type * as ast from "../parser/ast.generated.js";
import { formatSyntaxErrorLocation } from "../parser/syntax-error-format.js";
import type { Frame } from "./frame.js";
import type { Thread } from "./thread.js";

const CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:\n";
const TB_RECURSIVE_CUTOFF = 3;
const INDENT = 4;

/** PyErr_Display's state: the exception-group nesting that sets the "| " margins. */
class PrintContext {
  depth = 0;
  needClose = false;
  readonly seen = new Set<PyBaseException>();
  readonly out: string[] = [];
  constructor(readonly lines: SourceCache) {}
  get indent(): number {
    return 2 * this.depth;
  }
  get margin(): string {
    return this.depth ? "| " : "";
  }
  /** _Py_WriteIndentedMargin. */
  writeMargin(): void {
    this.out.push(" ".repeat(this.indent) + this.margin);
  }
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Writes the report for `exc` to sys.stderr. */
export function* printException(t: Thread, exc: PyBaseException): Gen<PyValue> {
  const ctx = new PrintContext(new SourceCache(t));
  yield* printRecursive(t, exc, ctx);
  t.interp.stderr.write(ctx.out.join(""));
  return None;
}

/** The report as a string (what printException writes). */
export function* formatException(t: Thread, exc: PyBaseException): Gen<string> {
  const ctx = new PrintContext(new SourceCache(t));
  yield* printRecursive(t, exc, ctx);
  return ctx.out.join("");
}

function isGroup(v: PyBaseException): boolean {
  return v.type.isSubtype(E.BaseExceptionGroup);
}

function* printChained(t: Thread, v: PyBaseException, message: string, ctx: PrintContext): Gen<void> {
  const needClose = ctx.needClose;
  yield* printRecursive(t, v, ctx);
  ctx.needClose = needClose;
  ctx.writeMargin();
  ctx.out.push("\n");
  ctx.writeMargin();
  ctx.out.push(message);
  ctx.writeMargin();
  ctx.out.push("\n");
}

function* printRecursive(t: Thread, v: PyBaseException, ctx: PrintContext): Gen<void> {
  ctx.seen.add(v);
  if (v.cause !== null) {
    if (!ctx.seen.has(v.cause)) yield* printChained(t, v.cause, CAUSE_MESSAGE, ctx);
  } else if (v.context !== null && !v.suppressContext && !ctx.seen.has(v.context)) {
    yield* printChained(t, v.context, CONTEXT_MESSAGE, ctx);
  }
  if (isGroup(v)) yield* printGroup(t, v, ctx);
  else yield* printOne(t, v, ctx);
}

/** print_exception_group: the group, then each sub-exception in a numbered box. */
function* printGroup(t: Thread, v: PyBaseException, ctx: PrintContext): Gen<void> {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.writeMargin();
    ctx.out.push(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  yield* printOne(t, v, ctx);
  const excsV = v.dict?.getStr("exceptions");
  const excs = excsV instanceof PyTuple ? (excsV.items as PyBaseException[]) : [];
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    ctx.out.push(" ".repeat(ctx.indent));
    const truncated = i >= MAX_GROUP_WIDTH;
    const head = i === 0 ? "+-" : "  ";
    ctx.out.push(
      truncated
        ? `${head}+---------------- ... ----------------\n`
        : `${head}+---------------- ${i + 1} ----------------\n`,
    );
    ctx.depth += 1;
    if (!truncated) yield* printRecursive(t, excs[i]!, ctx);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      ctx.writeMargin();
      ctx.out.push(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(" ".repeat(ctx.indent));
      ctx.out.push("+------------------------------------\n");
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}

function* printOne(t: Thread, v: PyBaseException, ctx: PrintContext): Gen<void> {
  const out = ctx.out;
  if (v.traceback !== null) {
    const group = isGroup(v);
    const header = group
      ? "Exception Group Traceback (most recent call last):\n"
      : "Traceback (most recent call last):\n";
    const headerMargin = group && ctx.depth === 1 ? "+ " : ctx.margin;
    out.push(formatTraceback(t, v.traceback, ctx.lines, ctx.indent, ctx.margin, headerMargin, header));
  }
  let message: string | null = null;
  if (v.type.isSubtype(E.SyntaxError) && v.dict?.hasStr("print_file_and_line")) {
    const loc = syntaxLocation(v);
    if (loc !== null) {
      out.push(formatSyntaxErrorLocation(loc, { exactSyntaxError: v.type === E.SyntaxError }));
      message = yield* str(t, v.dict.getStr("msg") ?? None);
    }
  }
  const head = typeHead(v.type);
  ctx.writeMargin();
  if (message === null) {
    try {
      message = yield* str(t, v);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      out.push(`${head}: <exception str() failed>`);
      message = null;
    }
  }
  if (message !== null) out.push(message === "" ? head : `${head}: ${message}`);
  const suggestion = yield* offerSuggestion(t, v);
  if (suggestion !== null) out.push(`. Did you mean: '${suggestion}'?`);
  out.push("\n");
  yield* printNotes(t, v, ctx);
}

/** `module.qualname` of an exception class (builtins and __main__ are left out). */
function typeHead(type: PyType): string {
  const mod = type.ns.get("__module__");
  const m = typeof mod === "string" ? mod : "builtins";
  if (!type.isHeapType || m === "builtins" || m === "__main__") return type.qualname;
  return `${m}.${type.qualname}`;
}

function* printNotes(t: Thread, v: PyBaseException, ctx: PrintContext): Gen<void> {
  const notes = v.dict?.getStr("__notes__");
  if (notes === undefined) return;
  if (!(notes instanceof PyList) && !(notes instanceof PyTuple)) {
    ctx.writeMargin();
    ctx.out.push(`${yield* repr(t, notes)}\n`);
    return;
  }
  for (const n of notes.items) {
    const s = strValue(n);
    const text = s !== undefined ? s : yield* str(t, n);
    // Each line of a note gets the margin.
    for (const line of text.split("\n")) {
      ctx.writeMargin();
      ctx.out.push(`${line}\n`);
    }
  }
}

function syntaxLocation(v: PyBaseException) {
  const d = v.dict!;
  const num = (k: string): number | null => {
    const x = d.getStr(k);
    return typeof x === "number" ? x : null;
  };
  const lineno = num("lineno");
  if (lineno === null) return null;
  const filename = d.getStr("filename");
  const text = d.getStr("text");
  const msg = d.getStr("msg");
  return {
    kind: v.type.name,
    msg: typeof msg === "string" ? msg : "",
    filename: typeof filename === "string" ? filename : null,
    lineno,
    offset: num("offset"),
    text: typeof text === "string" ? text : null,
    endLineno: num("end_lineno"),
    endOffset: num("end_offset"),
  };
}

/** The source lines of files, read once per report (CPython reads the file at print time). */
class SourceCache {
  private readonly files = new Map<string, string[] | null>();
  constructor(private readonly t: Thread) {}
  line(filename: string, lineno: number): string | null {
    if (filename.startsWith("<") && filename.endsWith(">")) return null;
    let lines = this.files.get(filename);
    if (lines === undefined) {
      const text = this.t.interp.readSource(filename);
      lines = text === null ? null : text.replace(/\r\n?/g, "\n").split("\n");
      this.files.set(filename, lines);
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    const l = lines[lineno - 1]!;
    // A last line without newline exists; a trailing "" after the final newline does not.
    if (lineno === lines.length && l === "") return null;
    return l;
  }
}

/** The traceback header and entries (_PyTraceBack_Print_Indented / tb_printinternal). */
export function formatTraceback(
  t: Thread,
  tb: PyTraceback,
  lines: SourceCache | null = null,
  indent = 0,
  margin = "",
  headerMargin = margin,
  header = "Traceback (most recent call last):\n",
): string {
  const cache = lines ?? new SourceCache(t);
  let limit = 1000;
  const lv = t.interp.sys.dict!.getStr("tracebacklimit");
  if (typeof lv === "number") {
    if (lv <= 0) return "";
    limit = lv;
  }
  const entries: PyTraceback[] = [];
  for (let e: PyTraceback | null = tb; e !== null; e = e.next) entries.push(e);
  const shown = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  const pad = " ".repeat(indent);
  let out = pad + headerMargin + header;
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (const e of shown) {
    const code = (e.frame as Frame).code;
    const lineno = e.lineno ?? -1;
    if (
      lastFile === null ||
      code.filename !== lastFile ||
      lastLine === -1 ||
      lineno !== lastLine ||
      code.name !== lastName
    ) {
      if (cnt > TB_RECURSIVE_CUTOFF) out += repeated(cnt);
      lastFile = code.filename;
      lastLine = lineno;
      lastName = code.name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) out += displayLine(e, code, lineno, cache, pad + margin);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) out += repeated(cnt);
  return out;
}

function repeated(cnt: number): string {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}

function isWs(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\f";
}

/** Character offset in `line` of a UTF-8 byte offset (_PyPegen_byte_offset_to_character_offset). */
function byteToChar(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  if (byteOffset > bytes.length) byteOffset = bytes.length;
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, byteOffset));
  return [...prefix].length;
}

/** One traceback entry: the File line, the stripped source line and the marker line (tb_displayline). */
function displayLine(
  tb: PyTraceback,
  code: PyCode,
  lineno: number,
  cache: SourceCache,
  prefix: string,
): string {
  let out = `${prefix}  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  const raw = cache.line(code.filename, lineno);
  if (raw === null) return out;
  const chars = [...raw];
  let i = 0;
  while (i < chars.length && (chars[i] === " " || chars[i] === "\t" || chars[i] === "\f")) i++;
  const stripped = chars.slice(i).join("");
  out += `${prefix}${" ".repeat(INDENT)}${stripped}\n`;
  const truncation = i - INDENT;

  const index = tb.lasti >> 1;
  const locs = code.locations;
  const startLine = locs.line[index] ?? -1;
  const endLine = locs.endLine[index] ?? -1;
  const startByte = locs.col[index] ?? -1;
  const endByte = locs.endCol[index] ?? -1;
  if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0) return out;
  const startOffset = byteToChar(raw, startByte);
  let endOffset = byteToChar(raw, endByte);

  let leftEnd = -1;
  let rightStart = -1;
  let primary = "^";
  let secondary = "^";
  if (startLine === endLine) {
    const anchors = extractAnchors(chars.slice(startOffset, endOffset).join(""));
    if (anchors !== null) {
      leftEnd = anchors.left + startOffset;
      rightStart = anchors.right + startOffset;
      primary = "~";
      secondary = "^";
    }
  } else {
    let k = chars.length;
    while (--k >= 0) if (!isWs(chars[k])) break;
    endOffset = k + 1;
  }
  const strippedLen = chars.length - truncation - INDENT;
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (endOffset - startOffset === strippedLen && !hasSecondary) return out;

  // Markers are laid out in display columns: wide (East Asian) characters take two.
  const col = (k: number) => columnsBefore(chars, k);
  const endCol = col(endOffset);
  const startCol = col(startOffset);
  const leftEndCol = leftEnd === -1 ? -1 : col(leftEnd);
  const rightStartCol = rightStart === -1 ? -1 : col(rightStart);
  let carets = "";
  for (let offset = truncation + 1; offset <= endCol; offset++) {
    if (offset <= startCol) carets += " ";
    else if (hasSecondary && leftEndCol < offset && offset <= rightStartCol) carets += secondary;
    else carets += primary;
  }
  return out + prefix + carets + "\n";
}

/** Is a character East Asian Wide or Fullwidth (two terminal columns)? */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Display columns taken by chars[0 .. k). */
function columnsBefore(chars: readonly string[], k: number): number {
  let w = 0;
  for (let i = 0; i < k && i < chars.length; i++) w += isWide(chars[i]!.codePointAt(0)!) ? 2 : 1;
  return w + Math.max(0, k - chars.length);
}

/**
 * The operator of a binary operation or the brackets of a subscript, as character offsets in
 * the segment (extract_anchors_from_line, which parses the failing expression's text).
 */
function extractAnchors(segment: string): { left: number; right: number } | null {
  let mod: ast.mod;
  try {
    mod = parse(segment, "<traceback>", "exec");
  } catch {
    return null;
  }
  if (mod._type !== "Module" || mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt._type !== "Expr") return null;
  const e = stmt.value;
  const bytes = new TextEncoder().encode(segment);
  const toChar = (b: number) => [...new TextDecoder().decode(bytes.subarray(0, b))].length;
  if (e._type === "BinOp") {
    const text = new TextDecoder().decode(bytes);
    const from = toChar(e.left.end_col_offset!);
    const to = toChar(e.right.col_offset);
    const cs = [...text];
    for (let i = from; i < to; i++) {
      if (isWs(cs[i])) continue;
      let right = i + 1;
      if (i + 1 < to && !isWs(cs[i + 1])) right++;
      return { left: i, right };
    }
    return null;
  }
  if (e._type === "Subscript") {
    return { left: toChar(e.value.end_col_offset!), right: toChar(e.slice.end_col_offset!) + 1 };
  }
  return null;
}

// ---- "Did you mean" (Python/suggestions.c) ----

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(aStr: Uint8Array, bStr: Uint8Array, maxCost: number): number {
  let a = aStr;
  let b = bStr;
  let as = 0;
  let ae = a.length;
  let bs = 0;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  a = a.subarray(as, ae);
  b = b.subarray(bs, be);
  if (bSize < aSize) {
    [a, b] = [b, a];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < aSize; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < aSize; index++) {
      const substitute = distance + substitutionCost(code, a[index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest name within a third of the characters changed. */
export function calculateSuggestion(dir: readonly string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of dir) {
    if (item === name) continue;
    const itemBytes = enc.encode(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function* offerSuggestion(t: Thread, v: PyBaseException): Gen<string | null> {
  try {
    if (v.type === E.AttributeError) {
      const name = v.dict?.getStr("name");
      const obj = v.dict?.getStr("obj");
      if (typeof name !== "string" || obj === undefined) return null;
      const dirFn = typeOf(obj).lookup("__dir__");
      const listing = dirFn === null ? objectDir(obj) : yield* call(t, dirFn, [obj]);
      const names = (yield* toArray(t, listing)).filter((x): x is string => typeof x === "string");
      names.sort();
      return calculateSuggestion(names, name);
    }
    if (v.type === E.NameError) {
      const name = v.dict?.getStr("name");
      if (typeof name !== "string" || v.traceback === null) return null;
      let tb = v.traceback;
      while (tb.next !== null) tb = tb.next;
      const frame = tb.frame as Frame;
      const fromLocals = calculateSuggestion(frame.code.varnames, name);
      if (fromLocals !== null) return fromLocals;
      const fromGlobals = calculateSuggestion(keysOf(frame.globals), name);
      if (fromGlobals !== null) return fromGlobals;
      return calculateSuggestion(keysOf(frame.builtins), name);
    }
  } catch (e) {
    if (e instanceof PyBaseException) return null;
    throw e;
  }
  return null;
}

function keysOf(d: PyDict): string[] {
  return d.keyList().filter((k): k is string => typeof k === "string");
}
