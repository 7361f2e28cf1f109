/**
 * The assembler: turns a unit's control-flow graph into a code object. In CPython 3.11's order
 * (assemble() in Python/compile.c): add the final `return None`, optimize the graph, add the
 * prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), fix cell offsets into
 * "localsplus", compute the stack depth, derive the exception table from the SETUP_* /
 * POP_BLOCK pseudo-instructions, give jumps their direction and relative offsets, then write
 * the wordcode, the location table and the exception table.
 */
import type { Compiler, Unit } from "./compiler.js";
import type { Block, ExceptStack } from "./cfg.js";
import { Instr, hasArg, instrSize, isBlockPush, isJump } from "./cfg.js";
import type { CodeConstant, CodeObject } from "./code.js";
import { CodeFlags, FastKind } from "./code.js";
import { assert } from "./errors.js";
import type { ExceptionTableEntry } from "./exception-table.js";
import { encodeExceptionTable } from "./exception-table.js";
import {
  blockList,
  cleanBasicBlock,
  duplicateExitsWithoutLineno,
  extendBlock,
  guaranteeLinenoForExits,
  normalizeBasicBlock,
  optimizeCfg,
  propagateLineNumbers,
  trimUnusedConsts,
} from "./flowgraph.js";
import { orderFrozensets } from "./interning.js";
import { encodeLocations } from "./locations.js";
import { Op, PseudoOp, opcodeInfo } from "./opcodes.js";

/** compute_code_flags */
function computeCodeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === "function") {
    flags |= CodeFlags.NEWLOCALS | CodeFlags.OPTIMIZED;
    if (ste.nested) flags |= CodeFlags.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CodeFlags.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CodeFlags.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CodeFlags.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CodeFlags.VARARGS;
    if (ste.varkeywords) flags |= CodeFlags.VARKEYWORDS;
  }
  // The __future__ features are inherited by every code object (PyCF_MASK).
  return flags | c.future.features;
}

/** build_cellfixedoffsets: where each cell and free variable lands in localsplus. */
function buildCellFixedOffsets(u: Unit): number[] {
  const nlocals = u.varnames.size;
  const ncells = u.cellvars.size;
  const nfrees = u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfrees; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of u.cellvars.map) {
    const varIndex = u.varnames.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  return fixed;
}

function artificial(opcode: number, oparg: number): Instr {
  return new Instr(opcode, oparg, null, -1, -1, -1, -1);
}

/** insert_prefix_instructions */
function insertPrefixInstructions(
  c: Compiler,
  entry: Block,
  fixed: readonly number[],
  nfreevars: number,
): void {
  const u = c.u;
  const flags = computeCodeFlags(c);
  assert(u.firstlineno > 0, "code has a first line");
  if (flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) {
    entry.instrs.splice(0, 0, new Instr(Op.RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
    entry.instrs.splice(1, 0, artificial(Op.POP_TOP, 0));
  }
  // A MAKE_CELL for every cell, in localsplus order (argument cells first).
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    let used = 0;
    for (let i = 0; used < ncellvars; i++) {
      const oldIndex = sorted[i]! - 1;
      if (oldIndex === -1) continue;
      entry.instrs.splice(used, 0, artificial(Op.MAKE_CELL, oldIndex));
      used++;
    }
  }
  if (nfreevars) entry.instrs.splice(0, 0, artificial(Op.COPY_FREE_VARS, nfreevars));
}

const DEREF_OPS = new Set([
  Op.MAKE_CELL,
  Op.LOAD_CLOSURE,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_CLASSDEREF,
]);

/** fix_cell_offsets: cell and free operands become localsplus indexes. Returns cells dropped. */
function fixCellOffsets(u: Unit, entry: Block, fixedmap: number[]): number {
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i]! -= numdropped;
    else numdropped++; // a cell that is also an argument
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const inst of b.instrs) {
      if (DEREF_OPS.has(inst.opcode)) inst.oparg = fixedmap[inst.oparg]!;
    }
  }
  return numdropped;
}

/** compute_localsplus_info: names and kinds of every local, cell and free slot. */
function computeLocalsplus(u: Unit, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names = new Array<string>(nlocalsplus).fill("");
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, offset] of u.varnames.map) {
    names[offset] = name;
    kinds[offset] = FastKind.LOCAL | (u.cellvars.has(name) ? FastKind.CELL : 0);
  }
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (const [name, index] of u.cellvars.map) {
    if (u.varnames.has(name)) {
      numdropped++;
      continue;
    }
    const offset = index + nlocals - numdropped;
    names[offset] = name;
    kinds[offset] = FastKind.CELL;
  }
  for (const [name, index] of u.freevars.map) {
    const offset = index + nlocals - numdropped;
    names[offset] = name;
    kinds[offset] = FastKind.FREE;
  }
  return { names, kinds };
}

/** stackdepth: the deepest stack over every path, from the entry block. */
function stackDepth(c: Compiler, entry: Block): number {
  for (const b of c.u.blocks) b.startDepth = -Infinity;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    assert(b.startDepth < 0 || b.startDepth === depth, "inconsistent stack depth");
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, c.u.ste.generator || c.u.ste.coroutine ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const info = opcodeInfo(instr.opcode)!;
      const effect = info.stack(instr.oparg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      assert(depth >= 0, "negative stack depth");
      if (isJump(instr) || isBlockPush(instr)) {
        const targetDepth = depth + info.stack(instr.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        assert(targetDepth >= 0, "negative stack depth at a jump target");
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      const op = instr.opcode;
      if (
        op === PseudoOp.JUMP_NO_INTERRUPT ||
        op === PseudoOp.JUMP ||
        op === Op.RETURN_VALUE ||
        op === Op.RAISE_VARARGS ||
        op === Op.RERAISE
      ) {
        next = null; // the rest is dead
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

function copyStack(s: ExceptStack): ExceptStack {
  return { handlers: [...s.handlers], depth: s.depth };
}

/** label_exception_targets: the handler in force at every instruction. */
function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = { handlers: [null], depth: 0 };
  while (todo.length) {
    const b = todo.pop()!;
    let exceptStack: ExceptStack | null = b.exceptStack!;
    b.exceptStack = null;
    let handler = exceptStack.handlers[exceptStack.depth]!;
    for (const instr of b.instrs) {
      if (isBlockPush(instr)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = copyStack(exceptStack!);
          todo.push(target);
          target.visited = true;
        }
        // push_except_block
        if (instr.opcode === PseudoOp.SETUP_WITH || instr.opcode === PseudoOp.SETUP_CLEANUP)
          target.preserveLasti = true;
        exceptStack!.handlers[++exceptStack!.depth] = target;
        handler = target;
      } else if (instr.opcode === PseudoOp.POP_BLOCK) {
        assert(exceptStack!.depth > 0, "POP_BLOCK with no handler");
        handler = exceptStack!.handlers[--exceptStack!.depth]!;
      } else if (isJump(instr)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (!b.nofallthrough) {
            target.exceptStack = copyStack(exceptStack!);
          } else {
            target.exceptStack = exceptStack;
            exceptStack = null;
          }
          todo.push(target);
          target.visited = true;
        }
      } else {
        instr.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = exceptStack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

/** convert_exception_handlers_to_nops */
function convertExceptionHandlersToNops(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr) || instr.opcode === PseudoOp.POP_BLOCK) instr.opcode = Op.NOP;
    }
  }
}

/** normalize_jumps: each pseudo jump becomes its forward or backward opcode. */
function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    b.visited = true;
    const last = b.last;
    if (last === undefined || !isJump(last)) continue;
    const forward = !last.target!.visited;
    switch (last.opcode) {
      case PseudoOp.JUMP:
        last.opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case PseudoOp.JUMP_NO_INTERRUPT:
        last.opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case PseudoOp.POP_JUMP_IF_NOT_NONE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case PseudoOp.POP_JUMP_IF_NONE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case PseudoOp.POP_JUMP_IF_FALSE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case PseudoOp.POP_JUMP_IF_TRUE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.JUMP_IF_FALSE_OR_POP:
        assert(forward, "JUMP_IF_*_OR_POP jumping backwards");
        break;
    }
  }
}

function isBackwardJump(opcode: number): boolean {
  return opcodeInfo(opcode)?.arg === "jump_backward";
}

/** assemble_jump_offsets: offsets of blocks and relative jump arguments, until stable. */
function assembleJumpOffsets(entry: Block, blocks: readonly Block[]): void {
  let recompile: boolean;
  do {
    let totsize = 0;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      b.offset = totsize;
      for (const i of b.instrs) totsize += instrSize(i);
    }
    recompile = false;
    for (const b of blockList(blocks)) {
      let bsize = b.offset;
      for (const instr of b.instrs) {
        const isize = instrSize(instr);
        bsize += isize;
        if (!isJump(instr)) continue;
        const targetOffset = instr.target!.offset;
        if (targetOffset < bsize) {
          assert(isBackwardJump(instr.opcode), "a forward jump to an earlier offset");
          instr.oparg = bsize - targetOffset;
        } else {
          assert(!isBackwardJump(instr.opcode), "a backward jump to a later offset");
          instr.oparg = targetOffset - bsize;
        }
        if (instrSize(instr) !== isize) recompile = true;
      }
    }
  } while (recompile);
}

/** write_instr: EXTENDED_ARG prefixes, the instruction, its zeroed CACHE entries. */
function emitCode(entry: Block): Uint8Array {
  const units: number[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      const oparg = hasArg(instr.opcode) ? instr.oparg : 0;
      const caches = opcodeInfo(instr.opcode)!.cacheEntries;
      const ilen = instrSize(instr) - caches;
      if (ilen >= 4) units.push(Op.EXTENDED_ARG, (oparg >> 24) & 0xff);
      if (ilen >= 3) units.push(Op.EXTENDED_ARG, (oparg >> 16) & 0xff);
      if (ilen >= 2) units.push(Op.EXTENDED_ARG, (oparg >> 8) & 0xff);
      units.push(instr.opcode, oparg & 0xff);
      for (let k = 0; k < caches; k++) units.push(Op.CACHE, 0);
    }
  }
  return Uint8Array.from(units);
}

/** assemble_exception_table */
function exceptionTable(entry: Block): Uint8Array {
  const entries: ExceptionTableEntry[] = [];
  let handler: Block | null = null;
  let start = -1;
  let ioffset = 0;
  const emit = (end: number, h: Block) => {
    let depth = h.startDepth - 1;
    if (h.preserveLasti) depth -= 1;
    assert(depth >= 0, "handler depth");
    entries.push({ start, end, target: h.offset, depth, lasti: h.preserveLasti });
  };
  for (let b: Block | null = entry; b !== null; b = b.next) {
    ioffset = b.offset;
    for (const instr of b.instrs) {
      if (instr.except !== handler) {
        if (handler !== null) emit(ioffset, handler);
        start = ioffset;
        handler = instr.except;
      }
      ioffset += instrSize(instr);
    }
  }
  if (handler !== null) emit(ioffset, handler);
  return encodeExceptionTable(entries);
}

function locationTable(entry: Block, firstlineno: number): Uint8Array {
  const instrs = [];
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      instrs.push({
        lineno: i.lineno,
        endLineno: i.endLineno,
        col: i.col,
        endCol: i.endCol,
        size: instrSize(i),
      });
    }
  }
  return encodeLocations(instrs, firstlineno);
}

/** assemble: the current unit's code object. */
export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.u;
  // Every block that falls off the end returns None.
  if (!u.curblock.return) {
    c.unsetLoc();
    if (addNone) c.loadConst(null);
    c.addop(Op.RETURN_VALUE);
  }
  for (const b of blockList(u.blocks)) normalizeBasicBlock(b);
  for (const b of blockList(u.blocks)) extendBlock(b);
  const entry = u.blocks[0]!;
  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const fixed = buildCellFixedOffsets(u);
  if (!u.firstlineno) {
    const first = entry.instrs[0];
    u.firstlineno = first !== undefined && first.lineno ? first.lineno : 1;
  }
  // Must come before fixCellOffsets: MAKE_CELL operands are fixed with the others.
  insertPrefixInstructions(c, entry, fixed, nfreevars);
  nlocalsplus -= fixCellOffsets(u, entry, fixed);
  const consts: CodeConstant[] = [...u.consts.values];
  optimizeCfg(u.blocks, entry, consts);
  duplicateExitsWithoutLineno(u.blocks, () => c.newBlock());
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackDepth(c, entry);
  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (let b: Block | null = entry; b !== null; b = b.next) cleanBasicBlock(b);
  normalizeJumps(entry);
  assembleJumpOffsets(entry, u.blocks);
  const code = emitCode(entry);
  const linetable = locationTable(entry, u.firstlineno);
  const exceptiontable = exceptionTable(entry);
  const { names, kinds } = computeLocalsplus(u, nlocalsplus);
  return {
    co_argcount: u.posonlyargcount + u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: computeCodeFlags(c),
    co_code: code,
    co_consts: orderFrozensets(consts, c.stringOrigins, c.identifiers),
    co_names: u.names.keys(),
    localsplusNames: names,
    localsplusKinds: kinds,
    co_filename: c.info.filename,
    co_name: u.name,
    co_qualname: u.qualname || u.name,
    co_firstlineno: u.firstlineno,
    co_linetable: linetable,
    co_exceptiontable: exceptiontable,
  };
}
