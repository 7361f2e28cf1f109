/**
 * The control-flow graph the code generator builds and the assembler flattens: basic blocks of
 * instructions, each instruction with its source location. Mirrors `struct instr` and
 * `basicblock` in CPython 3.11's Python/compile.c.
 */
import { Op, PseudoOp, opcodeInfo } from "./opcodes.js";
import { assert } from "./errors.js";

/** A source span; lineno < 0 marks an artificial instruction with no location. */
export interface Location {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export const NO_LOCATION: Readonly<Location> = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };

export class Instr {
  /** Handler in force at this instruction, set by the exception-table pass. */
  except: Block | null = null;

  constructor(
    public opcode: number,
    public oparg: number,
    public target: Block | null,
    public lineno: number,
    public endLineno: number,
    public col: number,
    public endCol: number,
  ) {}

  clone(): Instr {
    const copy = new Instr(
      this.opcode,
      this.oparg,
      this.target,
      this.lineno,
      this.endLineno,
      this.col,
      this.endCol,
    );
    copy.except = this.except;
    return copy;
  }

  /** COPY_INSTR_LOC(this, to) */
  copyLocationTo(to: Instr | Location): void {
    if (to instanceof Instr) {
      to.lineno = this.lineno;
      to.endLineno = this.endLineno;
      to.col = this.col;
      to.endCol = this.endCol;
    } else {
      to.lineno = this.lineno;
      to.endLineno = this.endLineno;
      to.col = this.col;
      to.endCol = this.endCol;
    }
  }
}

/** The depth-indexed stack of handlers in force at a block's start (ExceptStack). */
export interface ExceptStack {
  handlers: (Block | null)[];
  depth: number;
}

export class Block {
  instrs: Instr[] = [];
  /** Next block in layout order (reached by falling through). */
  next: Block | null = null;
  exceptStack: ExceptStack | null = null;
  predecessors = 0;
  startDepth = 0;
  offset = 0;
  /** Ends with a return, raise or unconditional jump. */
  nofallthrough = false;
  /** An exception handler that pushes the offset of the raising instruction (lasti). */
  preserveLasti = false;
  visited = false;
  /** Ends with a return or raise. */
  exit = false;
  /** A RETURN_VALUE was added to it. */
  return = false;

  constructor(readonly id: number) {}

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

const VIRTUAL_JUMPS = new Set([
  PseudoOp.JUMP,
  PseudoOp.JUMP_NO_INTERRUPT,
  PseudoOp.POP_JUMP_IF_FALSE,
  PseudoOp.POP_JUMP_IF_TRUE,
  PseudoOp.POP_JUMP_IF_NONE,
  PseudoOp.POP_JUMP_IF_NOT_NONE,
]);

/** is_jump: pseudo jumps and every real opcode with a jump target (FOR_ITER and SEND included). */
export function isJump(i: Instr): boolean {
  if (VIRTUAL_JUMPS.has(i.opcode)) return true;
  const info = opcodeInfo(i.opcode);
  return (
    i.opcode < 256 && info !== undefined && (info.arg === "jump_forward" || info.arg === "jump_backward")
  );
}

/** is_block_push: the SETUP_* pseudo-instructions. */
export function isBlockPush(i: Instr): boolean {
  return (
    i.opcode === PseudoOp.SETUP_FINALLY ||
    i.opcode === PseudoOp.SETUP_CLEANUP ||
    i.opcode === PseudoOp.SETUP_WITH
  );
}

export function isUnconditionalJump(opcode: number): boolean {
  return opcode === PseudoOp.JUMP || opcode === PseudoOp.JUMP_NO_INTERRUPT;
}

/** Whether an opcode (real or pseudo) takes an argument (HAS_ARG). */
export function hasArg(opcode: number): boolean {
  if (opcode >= 256) return true;
  return opcode >= 90;
}

/** Number of code units an instruction takes: EXTENDED_ARG prefixes, itself, its caches. */
export function instrSize(i: Instr): number {
  assert(i.opcode < 256, `pseudo-instruction ${i.opcode} reached the assembler`);
  const oparg = hasArg(i.opcode) ? i.oparg : 0;
  const extended = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extended + 1 + opcodeInfo(i.opcode)!.cacheEntries;
}

/** Ends a basic block: a jump, return or raise (is_end_of_basic_block). */
export function isEndOfBasicBlock(i: Instr): boolean {
  return (
    isJump(i) || i.opcode === Op.RETURN_VALUE || i.opcode === Op.RAISE_VARARGS || i.opcode === Op.RERAISE
  );
}
