/**
 * Passes over the control-flow graph before assembly: peephole optimization of each block
 * (constant conditions, tuple folding, jump threading, SWAP simplification), removal of
 * unreachable code and redundant jumps, and the line-number bookkeeping PEP 626 requires.
 * Follows optimize_cfg and the functions around it in CPython 3.11's Python/compile.c, whose
 * exact effects `dis` shows, so the passes run in the same order over the blocks in the same
 * order (layout order via `next`, or CPython's b_list order: newest block first).
 */
import type { CodeConstant } from "./code.js";
import { Block, Instr, isBlockPush, isJump } from "./cfg.js";
import { isTrue } from "./const-ops.js";
import { constantKey, isTuple, tuple } from "./const-value.js";
import { assert } from "./errors.js";
import { Op, PseudoOp } from "./opcodes.js";

/** Maximum size of an exit block that may be copied in place of a jump to it. */
const MAX_COPY_SIZE = 4;

/** The blocks in CPython's b_list order (most recently allocated first). */
export function blockList(blocks: readonly Block[]): Block[] {
  return [...blocks].reverse();
}

/** normalize_basic_block: mark exits and fallthroughs; jumps skip empty target blocks. */
export function normalizeBasicBlock(bb: Block): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const instr = bb.instrs[i]!;
    switch (instr.opcode) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case PseudoOp.JUMP:
      case PseudoOp.JUMP_NO_INTERRUPT:
      case PseudoOp.POP_JUMP_IF_NOT_NONE:
      case PseudoOp.POP_JUMP_IF_NONE:
      case PseudoOp.POP_JUMP_IF_FALSE:
      case PseudoOp.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (instr.opcode === PseudoOp.JUMP || instr.opcode === PseudoOp.JUMP_NO_INTERRUPT)
          bb.nofallthrough = true;
        assert(i === bb.instrs.length - 1, "malformed control flow graph");
        while (instr.target!.instrs.length === 0) instr.target = instr.target!.next;
        break;
    }
  }
}

function basicblockHasLineno(bb: Block): boolean {
  return bb.instrs.some((i) => i.lineno > 0);
}

/** extend_block: a jump to a small exit block without line numbers becomes a copy of it. */
export function extendBlock(bb: Block): void {
  const last = bb.last;
  if (last === undefined) return;
  if (last.opcode !== PseudoOp.JUMP && last.opcode !== Op.JUMP_FORWARD && last.opcode !== Op.JUMP_BACKWARD)
    return;
  const target = last.target!;
  if (target.exit && target.instrs.length <= MAX_COPY_SIZE) {
    // Only blocks without line numbers (like an implicit `return None`) are copied.
    if (basicblockHasLineno(target)) return;
    last.opcode = Op.NOP;
    for (const instr of target.instrs) bb.instrs.push(instr.clone());
    bb.exit = true;
  }
}

/** clean_basic_block: drop NOPs that carry no line number of their own. */
export function cleanBasicBlock(bb: Block): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const instrs = bb.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src]!;
    const lineno = instr.lineno;
    if (instr.opcode === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const next = instrs[src + 1]!;
        if (next.lineno === lineno) continue;
        if (next.lineno < 0) {
          instr.copyLocationTo(next);
          continue;
        }
      } else {
        let next = bb.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && lineno === next.instrs[0]!.lineno) continue;
      }
    }
    out.push(instr);
    prevLineno = lineno;
  }
  bb.instrs = out;
}

/** fold_tuple_on_constants: LOAD_CONST × n; BUILD_TUPLE n → LOAD_CONST (tuple). */
function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: CodeConstant[]): void {
  for (let i = 0; i < n; i++) {
    const op = instrs[start + i]!.opcode;
    if (op !== Op.LOAD_CONST && op !== Op.KW_NAMES) return;
  }
  const items: CodeConstant[] = [];
  for (let i = 0; i < n; i++) items.push(consts[instrs[start + i]!.oparg]!);
  const value = tuple(items);
  const key = constantKey(value);
  let index = consts.findIndex((c) => isTuple(c) && constantKey(c) === key);
  if (index < 0) {
    index = consts.length;
    consts.push(value);
  }
  for (let i = 0; i < n; i++) instrs[start + i]!.opcode = Op.NOP;
  const build = instrs[start + n]!;
  build.opcode = Op.LOAD_CONST;
  build.oparg = index;
}

const VISITED = -1;

/**
 * swaptimize: replace a run of SWAPs and NOPs with the shortest sequence of SWAPs having the
 * same effect. Returns the index of the run's last instruction.
 */
function swaptimize(instrs: Instr[], ix: number): number {
  const run = instrs.slice(ix);
  assert(run[0]!.opcode === Op.SWAP, "swaptimize starts at a SWAP");
  let depth = run[0]!.oparg;
  let len = 0;
  let more = false;
  const limit = run.length;
  while (++len < limit) {
    const opcode = run[len]!.opcode;
    if (opcode === Op.SWAP) {
      depth = Math.max(depth, run[len]!.oparg);
      more = true;
    } else if (opcode !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (run[i]!.opcode === Op.SWAP) {
      const oparg = run[i]!.oparg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  // Un-shuffle by following cycles, writing the SWAPs backwards from the end of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        assert(current >= 0, "swaptimize ran out of room");
        run[current]!.opcode = Op.SWAP;
        run[current--]!.oparg = j + 1;
      }
      if (stack[j] === VISITED) {
        assert(j === i, "swaptimize cycle");
        break;
      }
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) run[current--]!.opcode = Op.NOP;
  return ix + len - 1;
}

const SWAPPABLE = (opcode: number) => opcode === Op.STORE_FAST || opcode === Op.POP_TOP;
const storesTo = (instr: Instr) => (instr.opcode === Op.STORE_FAST ? instr.oparg : -1);

function nextSwappableInstruction(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const instruction = instrs[i]!;
    // Reordering across a line change would change which names are bound at a line event.
    if (0 <= lineno && instruction.lineno !== lineno) return -1;
    if (instruction.opcode === Op.NOP) continue;
    if (SWAPPABLE(instruction.opcode)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: swap the instructions that consume the items instead of the items. */
function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; 0 <= i; i--) {
    const swap = instrs[i]!;
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || SWAPPABLE(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j]!.lineno;
    for (let count = swap.oparg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(instrs, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]!);
    const storeK = storesTo(instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const storeIdx = storesTo(instrs[idx]!);
        if (storeIdx >= 0 && (storeIdx === storeJ || storeIdx === storeK)) return;
      }
    }
    swap.opcode = Op.NOP;
    const temp = instrs[j]!;
    instrs[j] = instrs[k]!;
    instrs[k] = temp;
  }
}

/** jump_thread: a jump to a jump goes straight to the final target (same line only). */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR = new Instr(Op.NOP, 0, null, -1, -1, -1, -1);

/** optimize_basic_block */
function optimizeBasicBlock(bb: Block, consts: CodeConstant[]): void {
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const oparg = inst.oparg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1]!.opcode : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0]!;
    } else {
      target = NOP_INSTR;
    }
    switch (inst.opcode) {
      case Op.LOAD_CONST: {
        // A constant condition: the jump is always or never taken.
        switch (nextop) {
          case PseudoOp.POP_JUMP_IF_FALSE:
          case PseudoOp.POP_JUMP_IF_TRUE: {
            const isTrueValue = isTrue(consts[oparg]!);
            inst.opcode = Op.NOP;
            const jumpIfTrue = nextop === PseudoOp.POP_JUMP_IF_TRUE;
            if (isTrueValue === jumpIfTrue) {
              instrs[i + 1]!.opcode = PseudoOp.JUMP;
              bb.nofallthrough = true;
            } else {
              instrs[i + 1]!.opcode = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrueValue = isTrue(consts[oparg]!);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isTrueValue === jumpIfTrue) {
              instrs[i + 1]!.opcode = PseudoOp.JUMP;
              bb.nofallthrough = true;
            } else {
              inst.opcode = Op.NOP;
              instrs[i + 1]!.opcode = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            // `x is None` / `x is not None` followed by a conditional jump.
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.opcode : 0;
            if (
              consts[oparg] === null &&
              (jumpOp === PseudoOp.POP_JUMP_IF_FALSE || jumpOp === PseudoOp.POP_JUMP_IF_TRUE)
            ) {
              const nextarg = instrs[i + 1]!.oparg & 0xff;
              inst.opcode = Op.NOP;
              instrs[i + 1]!.opcode = Op.NOP;
              instrs[i + 2]!.opcode =
                (nextarg ^ (jumpOp === PseudoOp.POP_JUMP_IF_FALSE ? 1 : 0)) !== 0
                  ? PseudoOp.POP_JUMP_IF_NOT_NONE
                  : PseudoOp.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        // BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing (n = 1) or a SWAP (n = 2, 3).
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1]!.oparg) {
          if (oparg === 1) {
            inst.opcode = Op.NOP;
            instrs[i + 1]!.opcode = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.opcode = Op.NOP;
            instrs[i + 1]!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i - oparg, oparg, consts);
        break;
      // Conditional jumps whose target's test is implied by this one's outcome.
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.opcode) {
          case PseudoOp.POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target, PseudoOp.POP_JUMP_IF_FALSE)) i--;
            break;
          case PseudoOp.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case PseudoOp.POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              assert(inst.target !== inst.target!.next, "a block is not its own successor");
              inst.opcode = PseudoOp.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.opcode) {
          case PseudoOp.POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target, PseudoOp.POP_JUMP_IF_TRUE)) i--;
            break;
          case PseudoOp.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case PseudoOp.POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              assert(inst.target !== inst.target!.next, "a block is not its own successor");
              inst.opcode = PseudoOp.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case PseudoOp.POP_JUMP_IF_NOT_NONE:
      case PseudoOp.POP_JUMP_IF_NONE:
        if (target.opcode === PseudoOp.JUMP && jumpThread(inst, target, inst.opcode)) i--;
        break;
      case PseudoOp.POP_JUMP_IF_FALSE:
        if (target.opcode === PseudoOp.JUMP && jumpThread(inst, target, PseudoOp.POP_JUMP_IF_FALSE)) i--;
        break;
      case PseudoOp.POP_JUMP_IF_TRUE:
        if (target.opcode === PseudoOp.JUMP && jumpThread(inst, target, PseudoOp.POP_JUMP_IF_TRUE)) i--;
        break;
      case PseudoOp.JUMP:
        if (target.opcode === PseudoOp.JUMP && jumpThread(inst, target, PseudoOp.JUMP)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.opcode = Op.NOP;
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case Op.PUSH_NULL:
        // CPython 3.11 tests the next *opcode*'s low bit here (a slip for its oparg); LOAD_GLOBAL
        // is even, so PUSH_NULL; LOAD_GLOBAL always fuses into LOAD_GLOBAL (NULL + name).
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1]!.opcode & 1) === 0) {
          inst.opcode = Op.NOP;
          inst.oparg = 0;
          instrs[i + 1]!.oparg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

/** mark_reachable: count predecessors of every block reachable from the entry. */
function markReachable(entry: Block): void {
  const stack: Block[] = [];
  entry.predecessors = 1;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next !== null && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr) || isBlockPush(instr)) {
        const target = instr.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

/** eliminate_empty_basic_blocks */
function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    let next: Block | null = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === undefined) continue;
    if (isJump(last)) {
      let target = last.target!;
      while (target.instrs.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/** optimize_cfg */
export function optimizeCfg(blocks: readonly Block[], entry: Block, consts: CodeConstant[]): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
    assert(b.predecessors === 0, "predecessors are counted once");
  }
  for (const b of blockList(blocks)) extendBlock(b);
  markReachable(entry);
  // Delete unreachable instructions.
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b !== null; b = b.next) cleanBasicBlock(b);
  // A jump to the block that follows anyway is redundant.
  let maybeEmptyBlocks = false;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === undefined) continue;
    if (
      (last.opcode === PseudoOp.JUMP || last.opcode === PseudoOp.JUMP_NO_INTERRUPT) &&
      last.target === b.next
    ) {
      b.nofallthrough = false;
      last.opcode = Op.NOP;
      maybeEmptyBlocks = true;
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(entry);
}

/** trim_unused_consts: drop unused constants from the end (the first may be the docstring). */
export function trimUnusedConsts(entry: Block, consts: CodeConstant[]): void {
  let max = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      if ((i.opcode === Op.LOAD_CONST || i.opcode === Op.KW_NAMES) && i.oparg > max) max = i.oparg;
    }
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}

function isExitWithoutLineno(b: Block): boolean {
  return b.exit && b.instrs.every((i) => i.lineno < 0);
}

/**
 * duplicate_exits_without_lineno: PEP 626 wants every return and raise to know its line, so an
 * exit block without line numbers reached by several jumps is copied once per jump.
 */
export function duplicateExitsWithoutLineno(blocks: Block[], newBlock: () => Block): void {
  for (const b of blockList(blocks)) {
    const last = b.last;
    if (last === undefined || !isJump(last)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      // compiler_copy_block
      const copy = newBlock();
      copy.instrs = target.instrs.map((i) => i.clone());
      copy.exit = target.exit;
      copy.nofallthrough = true;
      last.copyLocationTo(copy.instrs[0]!);
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (const b of blockList(blocks)) {
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  // The remaining exits without a line number are reached only by falling through.
  for (const b of blockList(blocks)) {
    if (!b.nofallthrough && b.next !== null && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.last!.copyLocationTo(b.next.instrs[0]!);
    }
  }
}

/**
 * propagate_line_numbers: an instruction without a line takes its predecessor's; a block with a
 * single predecessor inherits the location its predecessor ends with.
 */
export function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    const prev = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    for (const instr of b.instrs) {
      if (instr.lineno < 0) {
        instr.lineno = prev.lineno;
        instr.endLineno = prev.endLineno;
        instr.col = prev.col;
        instr.endCol = prev.endCol;
      } else {
        instr.copyLocationTo(prev);
      }
    }
    const copyTo = (first: Instr) => {
      first.lineno = prev.lineno;
      first.endLineno = prev.endLineno;
      first.col = prev.col;
      first.endCol = prev.endCol;
    };
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      const first = b.next!.instrs[0]!;
      if (first.lineno < 0) copyTo(first);
    }
    const last = b.last!;
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0]!.lineno < 0) copyTo(target.instrs[0]!);
    }
  }
}

/** guarantee_lineno_for_exits: a return without a line takes the last line seen. */
export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === undefined) continue;
    if (last.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}
