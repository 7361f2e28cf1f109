/**
 * The code generator's state: a stack of compilation units (one per code object being built),
 * the instruction emitters, name resolution for loads and stores, and the frame-block stack used
 * by break/continue/return. Follows the compiler_* helpers of CPython 3.11's Python/compile.c;
 * the visitors for each part of the language live in the codegen-*.ts files.
 */
import type * as ast from "../parser/ast.generated.js";
import type { CodeConstant, CodeObject } from "./code.js";
import { isCodeObject } from "./code.js";
import type { SourceInfo } from "./errors.js";
import { CompilerBug, assert, compileError } from "./errors.js";
import { Block, Instr, isEndOfBasicBlock } from "./cfg.js";
import { constantKey } from "./const-value.js";
import type { FutureFeatures } from "./future.js";
import type { StringOrigin } from "./interning.js";
import { StringOrigins } from "./interning.js";
import { Op } from "./opcodes.js";
import type { SymbolTable, SymbolTableEntry } from "./symtable.js";
import { CELL, DEF_FREE_CLASS, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle } from "./symtable.js";

export type ScopeType = "module" | "class" | "function" | "async_function" | "lambda" | "comprehension";

/** Kinds of frame blocks (enum fblocktype). */
export type FBlockType =
  | "WHILE_LOOP"
  | "FOR_LOOP"
  | "TRY_EXCEPT"
  | "FINALLY_TRY"
  | "FINALLY_END"
  | "WITH"
  | "ASYNC_WITH"
  | "HANDLER_CLEANUP"
  | "POP_VALUE"
  | "EXCEPTION_HANDLER"
  | "EXCEPTION_GROUP_HANDLER"
  | "ASYNC_COMPREHENSION_GENERATOR";

/** A frame block: what break/continue/return must undo when leaving it (struct fblockinfo). */
export interface FBlock {
  readonly type: FBlockType;
  readonly block: Block | null;
  readonly exit: Block | null;
  /** The finally body, the with statement, or the handler's bound name. */
  readonly datum: readonly ast.stmt[] | ast.stmt | string | null;
}

/** A warning CPython's compiler would issue as SyntaxWarning. */
export interface CompileWarning {
  readonly message: string;
  readonly lineno: number;
}

/** Code-point order, as PyList_Sort orders str. */
function compareStrings(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0)!);
  const y = Array.from(b, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** An insertion-ordered index of names (the u_names / u_varnames dicts). */
export class NameIndex {
  readonly map = new Map<string, number>();

  constructor(names: readonly string[] = []) {
    for (const n of names) this.add(n);
  }

  add(name: string): number {
    let index = this.map.get(name);
    if (index === undefined) {
      index = this.map.size;
      this.map.set(name, index);
    }
    return index;
  }

  get(name: string): number | undefined {
    return this.map.get(name);
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  get size(): number {
    return this.map.size;
  }

  keys(): string[] {
    return [...this.map.keys()];
  }
}

/** The constants of a unit, one slot per distinct constant key (u_consts). */
export class ConstIndex {
  readonly values: CodeConstant[] = [];
  private readonly keys = new Map<string, number>();
  /** Code objects by name and first line: their full keys are only built to tell twins apart. */
  private readonly codes = new Map<string, number[]>();

  add(value: CodeConstant): number {
    if (typeof value === "object" && value !== null && isCodeObject(value)) return this.addCode(value);
    const key = constantKey(value);
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.keys.set(key, index);
    }
    return index;
  }

  private addCode(co: CodeObject): number {
    const coarse = `${co.co_name}\0${co.co_firstlineno}\0${co.co_code.length}`;
    const same = this.codes.get(coarse);
    if (same !== undefined) {
      const key = constantKey(co);
      const found = same.find((i) => constantKey(this.values[i]!) === key);
      if (found !== undefined) return found;
    }
    const index = this.values.length;
    this.values.push(co);
    if (same !== undefined) same.push(index);
    else this.codes.set(coarse, [index]);
    return index;
  }
}

/** One code object under construction (struct compiler_unit). */
export class Unit {
  readonly consts = new ConstIndex();
  readonly names = new NameIndex();
  readonly varnames: NameIndex;
  readonly cellvars: NameIndex;
  readonly freevars: NameIndex;
  qualname = "";
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Every block, in allocation order (CPython's b_list runs the other way). */
  readonly blocks: Block[] = [];
  curblock!: Block;
  readonly fblocks: FBlock[] = [];
  firstlineno: number;
  lineno: number;
  endLineno: number;
  col = 0;
  endCol = 0;
  needNewImplicitBlock = false;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    lineno: number,
  ) {
    this.varnames = new NameIndex(ste.varnames);
    const cells = [...ste.scopes].filter(([, s]) => s === CELL).map(([n]) => n);
    cells.sort(compareStrings);
    this.cellvars = new NameIndex(cells);
    if (ste.needsClassClosure) {
      // The implicit __class__ cell of a class whose methods use super() or __class__.
      assert(scopeType === "class" && cells.length === 0, "__class__ cell in a class with cells");
      this.cellvars.add("__class__");
    }
    const frees = [...ste.symbols.keys()].filter(
      (n) => ste.scope(n) === FREE || ste.flags(n) & DEF_FREE_CLASS,
    );
    frees.sort(compareStrings);
    this.freevars = new NameIndex();
    for (const n of frees) this.freevars.map.set(n, this.cellvars.size + this.freevars.map.size);
    this.firstlineno = lineno;
    this.lineno = lineno;
    this.endLineno = lineno;
  }
}

export interface CompilerOptions {
  readonly info: SourceInfo;
  readonly symtable: SymbolTable;
  readonly future: FutureFeatures;
  readonly interactive: boolean;
  /** The module's identifiers, which the parser interned (see interning.ts); asked for lazily. */
  readonly identifiers: () => ReadonlySet<string>;
  /** The -O level: 1 drops asserts, 2 docstrings too. */
  readonly optimize: number;
}

export class Compiler {
  readonly info: SourceInfo;
  readonly st: SymbolTable;
  readonly future: FutureFeatures;
  interactive: boolean;
  readonly identifiers: () => ReadonlySet<string>;
  readonly optimize: number;
  /** Whether each string constant value was first a source literal or an identifier. */
  readonly stringOrigins = new StringOrigins();
  nestlevel = 0;
  readonly warnings: CompileWarning[] = [];
  private readonly stack: Unit[] = [];
  u!: Unit;

  constructor(options: CompilerOptions) {
    this.info = options.info;
    this.st = options.symtable;
    this.future = options.future;
    this.interactive = options.interactive;
    this.identifiers = options.identifiers;
    this.optimize = options.optimize;
  }

  // ----- errors ------------------------------------------------------------------------------

  /** compiler_error: a SyntaxError at the current location. */
  error(msg: string): never {
    const u = this.u;
    throw compileError(this.info, msg, {
      lineno: u.lineno,
      col_offset: u.col,
      end_lineno: u.endLineno,
      end_col_offset: u.endCol,
    });
  }

  /** compiler_warn: a SyntaxWarning at the current line (collected, shown by the runtime). */
  warn(message: string): void {
    this.warnings.push({ message, lineno: this.u.lineno });
  }

  // ----- scopes ------------------------------------------------------------------------------

  /** compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.stack.length > 0 || this.u !== undefined) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    this.nestlevel++;
    u.curblock = this.newBlock();
    if (scopeType === "module") u.lineno = 0;
    else this.setQualname();
    this.addopI(Op.RESUME, 0);
    if (scopeType === "module") u.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent !== undefined) this.u = parent;
  }

  /** compiler_set_qualname */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1]!;
      let forceGlobal = false;
      if (u.scopeType === "function" || u.scopeType === "async_function" || u.scopeType === "class") {
        const scope = parent.ste.scope(mangle(parent.privateName, u.name));
        assert(scope !== GLOBAL_IMPLICIT, "a def's own name is implicitly global in its parent");
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const p = parent.scopeType;
        base =
          p === "function" || p === "async_function" || p === "lambda"
            ? `${parent.qualname}.<locals>`
            : parent.qualname;
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  // ----- blocks and locations ----------------------------------------------------------------

  private blockCount = 0;

  newBlock(): Block {
    const b = new Block(this.blockCount++);
    this.u.blocks.push(b);
    return b;
  }

  useNextBlock(block: Block): Block {
    this.u.curblock.next = block;
    this.u.curblock = block;
    this.u.needNewImplicitBlock = false;
    return block;
  }

  /** SET_LOC */
  setLoc(x: ast.Positions): void {
    const u = this.u;
    u.lineno = x.lineno;
    u.col = x.col_offset;
    u.endLineno = x.end_lineno ?? x.lineno;
    u.endCol = x.end_col_offset ?? x.col_offset;
  }

  /** UNSET_LOC: following instructions are artificial. */
  unsetLoc(): void {
    const u = this.u;
    u.lineno = -1;
    u.col = -1;
    u.endLineno = -1;
    u.endCol = -1;
  }

  saveLoc(): [number, number, number, number] {
    const u = this.u;
    return [u.lineno, u.endLineno, u.col, u.endCol];
  }

  restoreLoc(loc: [number, number, number, number]): void {
    const u = this.u;
    [u.lineno, u.endLineno, u.col, u.endCol] = loc;
  }

  // ----- emitting ----------------------------------------------------------------------------

  private append(instr: Instr): void {
    if (this.u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = this.u.curblock;
    b.instrs.push(instr);
    if (instr.opcode === Op.RETURN_VALUE) b.return = true;
    if (isEndOfBasicBlock(instr)) this.u.needNewImplicitBlock = true;
  }

  /** compiler_addop / compiler_addop_i / compiler_addop_j at the current location. */
  addop(opcode: number, oparg = 0, target: Block | null = null): void {
    if (typeof opcode !== "number") throw new CompilerBug("unknown opcode");
    const u = this.u;
    this.append(new Instr(opcode, oparg, target, u.lineno, u.endLineno, u.col, u.endCol));
  }

  addopI(opcode: number, oparg: number): void {
    this.addop(opcode, oparg);
  }

  addopJ(opcode: number, target: Block): void {
    this.addop(opcode, 0, target);
  }

  /** An artificial instruction: no line number (the *_noline variants). */
  addopNoline(opcode: number, oparg = 0, target: Block | null = null): void {
    if (typeof opcode !== "number") throw new CompilerBug("unknown opcode");
    this.append(new Instr(opcode, oparg, target, -1, 0, 0, 0));
  }

  /**
   * compiler_add_const. `origin` says whether the strings in `value` are identifier objects
   * (names the compiler reuses as constants) or literals, which matters for interning.ts.
   */
  addConst(value: CodeConstant, origin: StringOrigin = "literal"): number {
    this.stringOrigins.register(value, origin);
    return this.u.consts.add(value);
  }

  /** ADDOP_LOAD_CONST */
  loadConst(value: CodeConstant, origin: StringOrigin = "literal"): void {
    this.addopI(Op.LOAD_CONST, this.addConst(value, origin));
  }

  /** A mangled identifier is a new string unless mangling left it as it was. */
  mangledOrigin(name: string): StringOrigin {
    return mangle(this.u.privateName, name) === name ? "identifier" : "literal";
  }

  /** ADDOP_NAME: a name operand, mangled, in co_names. */
  addopName(opcode: number, name: string): void {
    this.addopI(opcode, this.u.names.add(mangle(this.u.privateName, name)));
  }

  /** ADDOP_N on co_names: a name operand, not mangled. */
  addopNameRaw(opcode: number, name: string): void {
    this.addopI(opcode, this.u.names.add(name));
  }

  // ----- names -------------------------------------------------------------------------------

  /** forbidden_name: __debug__ cannot be assigned or deleted. */
  checkForbiddenName(name: string, ctx: "Load" | "Store" | "Del"): void {
    if (ctx === "Store" && name === "__debug__") this.error("cannot assign to __debug__");
    if (ctx === "Del" && name === "__debug__") this.error("cannot delete __debug__");
  }

  /** compiler_nameop: the load/store/delete instruction for a name in the current scope. */
  nameop(name: string, ctx: "Load" | "Store" | "Del"): void {
    this.checkForbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scope(mangled);
    const isFunction = u.ste.type === "function";
    type OpType = "fast" | "global" | "deref" | "name";
    let optype: OpType = "name";
    let index: NameIndex = u.names;
    switch (scope) {
      case FREE:
        index = u.freevars;
        optype = "deref";
        break;
      case CELL:
        index = u.cellvars;
        optype = "deref";
        break;
      case LOCAL:
        if (isFunction) optype = "fast";
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) optype = "global";
        break;
      case GLOBAL_EXPLICIT:
        optype = "global";
        break;
    }
    switch (optype) {
      case "deref": {
        const op =
          ctx === "Load"
            ? u.ste.type === "class"
              ? Op.LOAD_CLASSDEREF
              : Op.LOAD_DEREF
            : ctx === "Store"
              ? Op.STORE_DEREF
              : Op.DELETE_DEREF;
        const arg = index.get(mangled);
        assert(arg !== undefined, `no cell or free slot for ${mangled}`);
        this.addopI(op, arg);
        return;
      }
      case "fast": {
        const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, u.varnames.add(mangled));
        return;
      }
      case "global": {
        const op = ctx === "Load" ? Op.LOAD_GLOBAL : ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        const arg = u.names.add(mangled);
        this.addopI(op, op === Op.LOAD_GLOBAL ? arg << 1 : arg);
        return;
      }
      case "name": {
        const op = ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
        this.addopI(op, u.names.add(mangled));
        return;
      }
    }
  }

  /** get_ref_type: how a closure variable is reached from the current scope. */
  refType(name: string): number {
    if (this.u.scopeType === "class" && name === "__class__") return CELL;
    const scope = this.u.ste.scope(name);
    assert(scope !== 0, `unknown scope for ${name} in ${this.u.name}`);
    return scope;
  }

  // ----- frame blocks ------------------------------------------------------------------------

  pushFblock(type: FBlockType, block: Block | null, exit: Block | null, datum: FBlock["datum"]): void {
    if (this.u.fblocks.length >= 20) this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFblock(type: FBlockType, block: Block | null): void {
    const top = this.u.fblocks.pop();
    assert(top !== undefined && top.type === type && top.block === block, "frame block stack out of order");
  }
}
