/**
 * The instruction set: CPython 3.11's, opcode for opcode (numbers, names, inline cache entries
 * and argument meaning as in CPython 3.11's `opcode` module), so `co_code` has CPython's
 * wordcode layout and `pyglass dis` reads like `python3 -m dis`. This table is the single source
 * for the compiler, the VM and the disassembler; everything else derives from it.
 */

/** What an instruction's argument means, which is how `dis` prints it in parentheses. */
export type ArgKind =
  | "none" // no argument (opcode < HAVE_ARGUMENT); the arg byte is 0
  | "int" // a plain number (counts, flags, operator indices)
  | "const" // index into co_consts
  | "name" // index into co_names (LOAD_GLOBAL and LOAD_ATTR-family shift it, see the VM)
  | "local" // index into the fast locals
  | "free" // index into cell and free variables (3.11: into localsplus)
  | "compare" // index into COMPARE_OPS
  | "jump_forward" // relative jump forward, in code units, from after the caches
  | "jump_backward"; // relative jump backward, in code units, from after the caches

/**
 * Net change of the value stack depth made by an instruction with argument `oparg`; `jump` says
 * whether the instruction takes its branch (for jumps, FOR_ITER, SEND and the exception-handler
 * setups; the two can differ). Follows stack_effect in CPython 3.11's Python/compile.c.
 */
export type StackEffect = (oparg: number, jump: boolean) => number;

export interface OpcodeInfo {
  readonly code: number;
  readonly name: string;
  /** 16-bit CACHE code units that follow the instruction in co_code. */
  readonly cacheEntries: number;
  readonly arg: ArgKind;
  readonly stack: StackEffect;
}

const none: StackEffect = () => 0;
const fixed =
  (delta: number): StackEffect =>
  () =>
    delta;
/** A different effect when the branch is taken. */
const branch =
  (fallThrough: number, taken: number): StackEffect =>
  (_oparg, jump) =>
    jump ? taken : fallThrough;

/** Opcodes below this take no argument. */
export const HAVE_ARGUMENT = 90;

const TABLE: readonly OpcodeInfo[] = [
  { code: 0, name: "CACHE", cacheEntries: 0, arg: "none", stack: none },
  { code: 1, name: "POP_TOP", cacheEntries: 0, arg: "none", stack: fixed(-1) },
  { code: 2, name: "PUSH_NULL", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 9, name: "NOP", cacheEntries: 0, arg: "none", stack: none },
  { code: 10, name: "UNARY_POSITIVE", cacheEntries: 0, arg: "none", stack: none },
  { code: 11, name: "UNARY_NEGATIVE", cacheEntries: 0, arg: "none", stack: none },
  { code: 12, name: "UNARY_NOT", cacheEntries: 0, arg: "none", stack: none },
  { code: 15, name: "UNARY_INVERT", cacheEntries: 0, arg: "none", stack: none },
  { code: 25, name: "BINARY_SUBSCR", cacheEntries: 4, arg: "none", stack: fixed(-1) },
  { code: 30, name: "GET_LEN", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 31, name: "MATCH_MAPPING", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 32, name: "MATCH_SEQUENCE", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 33, name: "MATCH_KEYS", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 35, name: "PUSH_EXC_INFO", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 36, name: "CHECK_EXC_MATCH", cacheEntries: 0, arg: "none", stack: none },
  { code: 37, name: "CHECK_EG_MATCH", cacheEntries: 0, arg: "none", stack: none },
  { code: 49, name: "WITH_EXCEPT_START", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 50, name: "GET_AITER", cacheEntries: 0, arg: "none", stack: none },
  { code: 51, name: "GET_ANEXT", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 52, name: "BEFORE_ASYNC_WITH", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 53, name: "BEFORE_WITH", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 54, name: "END_ASYNC_FOR", cacheEntries: 0, arg: "none", stack: fixed(-2) },
  { code: 60, name: "STORE_SUBSCR", cacheEntries: 1, arg: "none", stack: fixed(-3) },
  { code: 61, name: "DELETE_SUBSCR", cacheEntries: 0, arg: "none", stack: fixed(-2) },
  { code: 68, name: "GET_ITER", cacheEntries: 0, arg: "none", stack: none },
  { code: 69, name: "GET_YIELD_FROM_ITER", cacheEntries: 0, arg: "none", stack: none },
  { code: 70, name: "PRINT_EXPR", cacheEntries: 0, arg: "none", stack: fixed(-1) },
  { code: 71, name: "LOAD_BUILD_CLASS", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 74, name: "LOAD_ASSERTION_ERROR", cacheEntries: 0, arg: "none", stack: fixed(1) },
  { code: 75, name: "RETURN_GENERATOR", cacheEntries: 0, arg: "none", stack: none },
  { code: 82, name: "LIST_TO_TUPLE", cacheEntries: 0, arg: "none", stack: none },
  { code: 83, name: "RETURN_VALUE", cacheEntries: 0, arg: "none", stack: fixed(-1) },
  { code: 84, name: "IMPORT_STAR", cacheEntries: 0, arg: "none", stack: fixed(-1) },
  { code: 85, name: "SETUP_ANNOTATIONS", cacheEntries: 0, arg: "none", stack: none },
  { code: 86, name: "YIELD_VALUE", cacheEntries: 0, arg: "none", stack: none },
  { code: 87, name: "ASYNC_GEN_WRAP", cacheEntries: 0, arg: "none", stack: none },
  { code: 88, name: "PREP_RERAISE_STAR", cacheEntries: 0, arg: "none", stack: fixed(-1) },
  { code: 89, name: "POP_EXCEPT", cacheEntries: 0, arg: "none", stack: fixed(-1) },
  { code: 90, name: "STORE_NAME", cacheEntries: 0, arg: "name", stack: fixed(-1) },
  { code: 91, name: "DELETE_NAME", cacheEntries: 0, arg: "name", stack: none },
  { code: 92, name: "UNPACK_SEQUENCE", cacheEntries: 1, arg: "int", stack: (n) => n - 1 },
  { code: 93, name: "FOR_ITER", cacheEntries: 0, arg: "jump_forward", stack: branch(1, -1) },
  { code: 94, name: "UNPACK_EX", cacheEntries: 0, arg: "int", stack: (n) => (n & 0xff) + (n >> 8) },
  { code: 95, name: "STORE_ATTR", cacheEntries: 4, arg: "name", stack: fixed(-2) },
  { code: 96, name: "DELETE_ATTR", cacheEntries: 0, arg: "name", stack: fixed(-1) },
  { code: 97, name: "STORE_GLOBAL", cacheEntries: 0, arg: "name", stack: fixed(-1) },
  { code: 98, name: "DELETE_GLOBAL", cacheEntries: 0, arg: "name", stack: none },
  { code: 99, name: "SWAP", cacheEntries: 0, arg: "int", stack: none },
  { code: 100, name: "LOAD_CONST", cacheEntries: 0, arg: "const", stack: fixed(1) },
  { code: 101, name: "LOAD_NAME", cacheEntries: 0, arg: "name", stack: fixed(1) },
  { code: 102, name: "BUILD_TUPLE", cacheEntries: 0, arg: "int", stack: (n) => 1 - n },
  { code: 103, name: "BUILD_LIST", cacheEntries: 0, arg: "int", stack: (n) => 1 - n },
  { code: 104, name: "BUILD_SET", cacheEntries: 0, arg: "int", stack: (n) => 1 - n },
  { code: 105, name: "BUILD_MAP", cacheEntries: 0, arg: "int", stack: (n) => 1 - 2 * n },
  { code: 106, name: "LOAD_ATTR", cacheEntries: 4, arg: "name", stack: none },
  { code: 107, name: "COMPARE_OP", cacheEntries: 2, arg: "compare", stack: fixed(-1) },
  { code: 108, name: "IMPORT_NAME", cacheEntries: 0, arg: "name", stack: fixed(-1) },
  { code: 109, name: "IMPORT_FROM", cacheEntries: 0, arg: "name", stack: fixed(1) },
  { code: 110, name: "JUMP_FORWARD", cacheEntries: 0, arg: "jump_forward", stack: none },
  { code: 111, name: "JUMP_IF_FALSE_OR_POP", cacheEntries: 0, arg: "jump_forward", stack: branch(-1, 0) },
  { code: 112, name: "JUMP_IF_TRUE_OR_POP", cacheEntries: 0, arg: "jump_forward", stack: branch(-1, 0) },
  { code: 114, name: "POP_JUMP_FORWARD_IF_FALSE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 115, name: "POP_JUMP_FORWARD_IF_TRUE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 116, name: "LOAD_GLOBAL", cacheEntries: 5, arg: "name", stack: (n) => (n & 1) + 1 },
  { code: 117, name: "IS_OP", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 118, name: "CONTAINS_OP", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 119, name: "RERAISE", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 120, name: "COPY", cacheEntries: 0, arg: "int", stack: fixed(1) },
  { code: 122, name: "BINARY_OP", cacheEntries: 1, arg: "int", stack: fixed(-1) },
  { code: 123, name: "SEND", cacheEntries: 0, arg: "jump_forward", stack: branch(0, -1) },
  { code: 124, name: "LOAD_FAST", cacheEntries: 0, arg: "local", stack: fixed(1) },
  { code: 125, name: "STORE_FAST", cacheEntries: 0, arg: "local", stack: fixed(-1) },
  { code: 126, name: "DELETE_FAST", cacheEntries: 0, arg: "local", stack: none },
  { code: 128, name: "POP_JUMP_FORWARD_IF_NOT_NONE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 129, name: "POP_JUMP_FORWARD_IF_NONE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 130, name: "RAISE_VARARGS", cacheEntries: 0, arg: "int", stack: (n) => -n },
  { code: 131, name: "GET_AWAITABLE", cacheEntries: 0, arg: "int", stack: none },
  {
    code: 132,
    name: "MAKE_FUNCTION",
    cacheEntries: 0,
    arg: "int",
    stack: (n) => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)),
  },
  { code: 133, name: "BUILD_SLICE", cacheEntries: 0, arg: "int", stack: (n) => (n === 3 ? -2 : -1) },
  { code: 134, name: "JUMP_BACKWARD_NO_INTERRUPT", cacheEntries: 0, arg: "jump_backward", stack: none },
  { code: 135, name: "MAKE_CELL", cacheEntries: 0, arg: "free", stack: none },
  { code: 136, name: "LOAD_CLOSURE", cacheEntries: 0, arg: "free", stack: fixed(1) },
  { code: 137, name: "LOAD_DEREF", cacheEntries: 0, arg: "free", stack: fixed(1) },
  { code: 138, name: "STORE_DEREF", cacheEntries: 0, arg: "free", stack: fixed(-1) },
  { code: 139, name: "DELETE_DEREF", cacheEntries: 0, arg: "free", stack: none },
  { code: 140, name: "JUMP_BACKWARD", cacheEntries: 0, arg: "jump_backward", stack: none },
  { code: 142, name: "CALL_FUNCTION_EX", cacheEntries: 0, arg: "int", stack: (n) => -2 - (n & 1) },
  { code: 144, name: "EXTENDED_ARG", cacheEntries: 0, arg: "int", stack: none },
  { code: 145, name: "LIST_APPEND", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 146, name: "SET_ADD", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 147, name: "MAP_ADD", cacheEntries: 0, arg: "int", stack: fixed(-2) },
  { code: 148, name: "LOAD_CLASSDEREF", cacheEntries: 0, arg: "free", stack: fixed(1) },
  { code: 149, name: "COPY_FREE_VARS", cacheEntries: 0, arg: "int", stack: none },
  { code: 151, name: "RESUME", cacheEntries: 0, arg: "int", stack: none },
  { code: 152, name: "MATCH_CLASS", cacheEntries: 0, arg: "int", stack: fixed(-2) },
  { code: 155, name: "FORMAT_VALUE", cacheEntries: 0, arg: "int", stack: (n) => ((n & 4) === 4 ? -1 : 0) },
  { code: 156, name: "BUILD_CONST_KEY_MAP", cacheEntries: 0, arg: "int", stack: (n) => -n },
  { code: 157, name: "BUILD_STRING", cacheEntries: 0, arg: "int", stack: (n) => 1 - n },
  { code: 160, name: "LOAD_METHOD", cacheEntries: 10, arg: "name", stack: fixed(1) },
  { code: 162, name: "LIST_EXTEND", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 163, name: "SET_UPDATE", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 164, name: "DICT_MERGE", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 165, name: "DICT_UPDATE", cacheEntries: 0, arg: "int", stack: fixed(-1) },
  { code: 166, name: "PRECALL", cacheEntries: 1, arg: "int", stack: (n) => -n },
  { code: 171, name: "CALL", cacheEntries: 4, arg: "int", stack: fixed(-1) },
  { code: 172, name: "KW_NAMES", cacheEntries: 0, arg: "const", stack: none },
  {
    code: 173,
    name: "POP_JUMP_BACKWARD_IF_NOT_NONE",
    cacheEntries: 0,
    arg: "jump_backward",
    stack: fixed(-1),
  },
  { code: 174, name: "POP_JUMP_BACKWARD_IF_NONE", cacheEntries: 0, arg: "jump_backward", stack: fixed(-1) },
  { code: 175, name: "POP_JUMP_BACKWARD_IF_FALSE", cacheEntries: 0, arg: "jump_backward", stack: fixed(-1) },
  { code: 176, name: "POP_JUMP_BACKWARD_IF_TRUE", cacheEntries: 0, arg: "jump_backward", stack: fixed(-1) },
];

/** Opcode numbers by name: `Op.LOAD_FAST`. */
export const Op: { readonly [name: string]: number } = Object.freeze(
  Object.fromEntries(TABLE.map((info) => [info.name, info.code])),
);

/** Opcode information by number; `undefined` for numbers CPython 3.11 does not assign. */
export const OPCODES: readonly (OpcodeInfo | undefined)[] = (() => {
  const byCode: (OpcodeInfo | undefined)[] = new Array<OpcodeInfo | undefined>(256).fill(undefined);
  for (const info of TABLE) byCode[info.code] = info;
  return byCode;
})();

/** The operators of BINARY_OP, by argument (CPython's NB_* order); `dis` prints these. */
export const BINARY_OPS: readonly string[] = [
  "+",
  "&",
  "//",
  "<<",
  "@",
  "*",
  "%",
  "|",
  "**",
  ">>",
  "-",
  "/",
  "^",
  "+=",
  "&=",
  "//=",
  "<<=",
  "@=",
  "*=",
  "%=",
  "|=",
  "**=",
  ">>=",
  "-=",
  "/=",
  "^=",
];

/** The comparisons of COMPARE_OP, by argument. */
export const COMPARE_OPS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];

/**
 * Pseudo-instructions: the compiler's own, never in co_code. The assembler turns the SETUP_* and
 * POP_BLOCK ones into exception-table entries (then NOPs), and each direction-free jump into the
 * forward or backward opcode once the block order is known (CPython 3.11 numbers them -1..-10 in
 * compile.c; here they take numbers above 255, as CPython 3.12's opcode table does, so they can
 * never be mistaken for real opcodes).
 */
const PSEUDO_TABLE: readonly OpcodeInfo[] = [
  { code: 256, name: "SETUP_FINALLY", cacheEntries: 0, arg: "jump_forward", stack: branch(0, 1) },
  { code: 257, name: "SETUP_CLEANUP", cacheEntries: 0, arg: "jump_forward", stack: branch(0, 2) },
  { code: 258, name: "SETUP_WITH", cacheEntries: 0, arg: "jump_forward", stack: branch(0, 1) },
  { code: 259, name: "POP_BLOCK", cacheEntries: 0, arg: "none", stack: none },
  { code: 260, name: "JUMP", cacheEntries: 0, arg: "jump_forward", stack: none },
  { code: 261, name: "JUMP_NO_INTERRUPT", cacheEntries: 0, arg: "jump_forward", stack: none },
  { code: 262, name: "POP_JUMP_IF_FALSE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 263, name: "POP_JUMP_IF_TRUE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 264, name: "POP_JUMP_IF_NONE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
  { code: 265, name: "POP_JUMP_IF_NOT_NONE", cacheEntries: 0, arg: "jump_forward", stack: fixed(-1) },
];

/** Pseudo-instruction numbers by name: `PseudoOp.JUMP`. */
export const PseudoOp: { readonly [name: string]: number } = Object.freeze(
  Object.fromEntries(PSEUDO_TABLE.map((info) => [info.name, info.code])),
);

/** Information on a real opcode or a pseudo-instruction; undefined for unassigned numbers. */
export function opcodeInfo(code: number): OpcodeInfo | undefined {
  return code < 256 ? OPCODES[code] : PSEUDO_TABLE[code - 256];
}

/**
 * dis.stack_effect(opcode, oparg, jump=...): the effect when jumping (true), when not (false),
 * or the larger of the two (null), as PyCompile_OpcodeStackEffectWithJump computes it; null for
 * an opcode CPython does not know (dis raises ValueError then).
 */
export function stackEffect(opcode: number, oparg: number, jump: boolean | null): number | null {
  const info = opcode >= 0 && opcode < 256 ? OPCODES[opcode] : undefined;
  if (info === undefined) return null;
  // `+ 0` turns the -0 of effects like `-oparg` into 0.
  if (jump !== null) return info.stack(oparg, jump) + 0;
  return Math.max(info.stack(oparg, false), info.stack(oparg, true)) + 0;
}
