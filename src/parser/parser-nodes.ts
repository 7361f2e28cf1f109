/**
 * Shared leaf nodes and small constructors. Operator and context nodes carry no data, so one
 * frozen instance of each serves every tree (CPython's ast module does the same: `Load()` is a
 * singleton on the C side).
 */
import type {
  Add,
  And,
  BitAnd,
  BitOr,
  BitXor,
  Del,
  Div,
  Eq,
  FloorDiv,
  Gt,
  GtE,
  In,
  Invert,
  Is,
  IsNot,
  Load,
  LShift,
  Lt,
  LtE,
  MatMult,
  Mod,
  Mult,
  Not,
  NotEq,
  NotIn,
  Or,
  Pow,
  RShift,
  Store,
  Sub,
  UAdd,
  USub,
  operator,
} from "./ast.generated.js";

export const LOAD: Load = Object.freeze({ _type: "Load" });
export const STORE: Store = Object.freeze({ _type: "Store" });
export const DEL: Del = Object.freeze({ _type: "Del" });

export const AND: And = Object.freeze({ _type: "And" });
export const OR: Or = Object.freeze({ _type: "Or" });

export const ADD: Add = Object.freeze({ _type: "Add" });
export const SUB: Sub = Object.freeze({ _type: "Sub" });
export const MULT: Mult = Object.freeze({ _type: "Mult" });
export const MATMULT: MatMult = Object.freeze({ _type: "MatMult" });
export const DIV: Div = Object.freeze({ _type: "Div" });
export const MOD: Mod = Object.freeze({ _type: "Mod" });
export const POW: Pow = Object.freeze({ _type: "Pow" });
export const LSHIFT: LShift = Object.freeze({ _type: "LShift" });
export const RSHIFT: RShift = Object.freeze({ _type: "RShift" });
export const BITOR: BitOr = Object.freeze({ _type: "BitOr" });
export const BITXOR: BitXor = Object.freeze({ _type: "BitXor" });
export const BITAND: BitAnd = Object.freeze({ _type: "BitAnd" });
export const FLOORDIV: FloorDiv = Object.freeze({ _type: "FloorDiv" });

export const INVERT: Invert = Object.freeze({ _type: "Invert" });
export const NOT: Not = Object.freeze({ _type: "Not" });
export const UADD: UAdd = Object.freeze({ _type: "UAdd" });
export const USUB: USub = Object.freeze({ _type: "USub" });

export const EQ: Eq = Object.freeze({ _type: "Eq" });
export const NOTEQ: NotEq = Object.freeze({ _type: "NotEq" });
export const LT: Lt = Object.freeze({ _type: "Lt" });
export const LTE: LtE = Object.freeze({ _type: "LtE" });
export const GT: Gt = Object.freeze({ _type: "Gt" });
export const GTE: GtE = Object.freeze({ _type: "GtE" });
export const IS: Is = Object.freeze({ _type: "Is" });
export const ISNOT: IsNot = Object.freeze({ _type: "IsNot" });
export const IN: In = Object.freeze({ _type: "In" });
export const NOTIN: NotIn = Object.freeze({ _type: "NotIn" });

/** Binary operator tokens by precedence level, loosest first (bitwise_or … term in python.gram). */
export const BINARY_PRECEDENCE: ReadonlyMap<string, number> = new Map([
  ["|", 1],
  ["^", 2],
  ["&", 3],
  ["<<", 4],
  [">>", 4],
  ["+", 5],
  ["-", 5],
  ["*", 6],
  ["/", 6],
  ["//", 6],
  ["%", 6],
  ["@", 6],
]);

export const BINARY_OPERATORS: ReadonlyMap<string, operator> = new Map<string, operator>([
  ["|", BITOR],
  ["^", BITXOR],
  ["&", BITAND],
  ["<<", LSHIFT],
  [">>", RSHIFT],
  ["+", ADD],
  ["-", SUB],
  ["*", MULT],
  ["/", DIV],
  ["//", FLOORDIV],
  ["%", MOD],
  ["@", MATMULT],
]);

/** augassign in python.gram. */
export const AUGMENTED_OPERATORS: ReadonlyMap<string, operator> = new Map<string, operator>([
  ["+=", ADD],
  ["-=", SUB],
  ["*=", MULT],
  ["@=", MATMULT],
  ["/=", DIV],
  ["%=", MOD],
  ["&=", BITAND],
  ["|=", BITOR],
  ["^=", BITXOR],
  ["<<=", LSHIFT],
  [">>=", RSHIFT],
  ["**=", POW],
  ["//=", FLOORDIV],
]);
