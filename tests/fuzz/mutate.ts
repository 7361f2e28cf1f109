// Seeded random mutations of Python source, for the mutation fuzz test: delete, duplicate or swap
// tokens and lines, replace operators, names and literals, re-indent lines. The mutants are
// mostly wrong programs; what matters is that pyglass answers each one the way Python would (a
// normal exit, a traceback, or a SyntaxError), never with a host error.

/** A small deterministic generator (mulberry32): the same seed gives the same mutants everywhere. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return this.next() % n;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}

/**
 * Mixes a run seed and a mutant's name (`PROGRAM#K`) into the seed of that mutant's own generator.
 * Names rather than positions keep a mutant the same when programs are added to the corpus.
 */
export function mutantSeed(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0; // FNV-1a over the UTF-16 code units
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

type Kind = "space" | "newline" | "comment" | "string" | "number" | "name" | "op";

interface Token {
  readonly kind: Kind;
  readonly text: string;
}

// A rough lexer: good enough to cut source into pieces that mutate meaningfully. It does not need
// to be exact; a piece cut wrongly just makes a different mutant.
const PATTERNS: readonly (readonly [Kind, RegExp])[] = [
  ["newline", /\r?\n/y],
  ["space", /[ \t\f\\]+/y],
  ["comment", /#[^\n]*/y],
  ["string", /[rRbBuUfF]{0,2}("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/y],
  [
    "number",
    /(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?)[jJ]?/y,
  ],
  ["name", /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/y],
  ["op", /\*\*=|\/\/=|>>=|<<=|->|:=|\.\.\.|\*\*|\/\/|<<|>>|[-+*/%@&|^<>!=]=|[-+*/%@&|^~<>()[\]{},:;.=]/y],
];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  outer: while (pos < source.length) {
    for (const [kind, re] of PATTERNS) {
      re.lastIndex = pos;
      const m = re.exec(source);
      if (m !== null && m[0].length > 0) {
        tokens.push({ kind, text: m[0] });
        pos += m[0].length;
        continue outer;
      }
    }
    tokens.push({ kind: "op", text: source[pos]! });
    pos++;
  }
  return tokens;
}

const OPERATORS = [
  "+",
  "-",
  "*",
  "/",
  "//",
  "%",
  "**",
  "@",
  "<<",
  ">>",
  "&",
  "|",
  "^",
  "~",
  "<",
  ">",
  "<=",
  ">=",
  "==",
  "!=",
  "=",
  "+=",
  ":=",
  ".",
  ",",
  ":",
  ";",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "->",
  "...",
];
const KEYWORDS = [
  "None",
  "True",
  "False",
  "and",
  "or",
  "not",
  "in",
  "is",
  "if",
  "else",
  "for",
  "while",
  "return",
  "yield",
  "lambda",
  "global",
  "nonlocal",
  "del",
  "pass",
  "break",
  "continue",
  "raise",
  "try",
  "except",
  "finally",
  "with",
  "as",
  "class",
  "def",
  "import",
  "from",
  "await",
  "async",
  "match",
  "case",
  "assert",
];
const NAMES = ["self", "print", "len", "x", "__class__", "super", "object", "type", "iter", "next", "_"];
const NUMBERS = ["0", "1", "-1", "2", "0.5", "-0.0", "1e308", "3j", "0x10", "255"];
const STRINGS = ['""', '"x"', "'multi\\nline'", 'b"bytes"', 'f"{1}"', '"%s"', '"{}"'];

function significant(tokens: readonly Token[]): number[] {
  const indexes: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "space" && t.kind !== "newline") indexes.push(i);
  });
  return indexes;
}

const BINARY = [
  "+",
  "-",
  "*",
  "/",
  "//",
  "%",
  "**",
  "<<",
  ">>",
  "&",
  "|",
  "^",
  "<",
  ">",
  "<=",
  ">=",
  "==",
  "!=",
];

/** Structural damage: delete, duplicate or swap a token, or insert a keyword. Mostly syntax errors. */
function damage(tokens: Token[], where: readonly number[], i: number, rng: Rng): void {
  const token = tokens[i]!;
  switch (rng.below(5)) {
    case 0:
      tokens.splice(i, 1);
      break;
    case 1:
      tokens.splice(i, 0, token);
      break;
    case 2: {
      const j = where[(where.indexOf(i) + 1) % where.length]!;
      tokens[i] = tokens[j]!;
      tokens[j] = token;
      break;
    }
    case 3:
      tokens[i] = { kind: "op", text: rng.pick(OPERATORS) };
      break;
    default:
      tokens.splice(
        i,
        0,
        { kind: "space", text: " " },
        { kind: "name", text: rng.pick(KEYWORDS) },
        { kind: "space", text: " " },
      );
  }
}

/**
 * Replaces a token by one of its own kind most of the time (a name by another name of the program,
 * a literal by another literal, a binary operator by another), so that most mutants still compile
 * and fail, if at all, at run time; otherwise damages the structure.
 */
function mutateTokens(source: string, rng: Rng): string {
  const tokens = tokenize(source);
  const where = significant(tokens);
  if (where.length < 2) return source;
  // Mostly a token that can be swapped for one of its kind; punctuation only now and then.
  const swappable = where.filter((k) => tokens[k]!.kind !== "op" || BINARY.includes(tokens[k]!.text));
  const i = rng.below(5) > 0 && swappable.length > 0 ? rng.pick(swappable) : rng.pick(where);
  const token = tokens[i]!;
  const names = tokens.filter((t) => t.kind === "name").map((t) => t.text);
  const roll = rng.below(10);
  const replace = (text: string): void => {
    tokens[i] = { kind: token.kind, text };
  };
  if (token.kind === "name" && roll < 9)
    replace(roll < 7 ? rng.pick(names) : rng.pick(roll < 8 ? NAMES : KEYWORDS));
  else if ((token.kind === "number" || token.kind === "string") && roll < 8) {
    replace(
      rng.below(3) === 0
        ? rng.pick(token.kind === "number" ? STRINGS : NUMBERS)
        : rng.pick(token.kind === "number" ? NUMBERS : STRINGS),
    );
  } else if (token.kind === "op" && BINARY.includes(token.text) && roll < 7) replace(rng.pick(BINARY));
  else damage(tokens, where, i, rng);
  return tokens.map((t) => t.text).join("");
}

function mutateLines(source: string, rng: Rng): string {
  const lines = source.split("\n");
  if (lines.length < 2) return source;
  const i = rng.below(lines.length);
  switch (rng.below(5)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[i]!);
      break;
    case 2: {
      const j = rng.below(lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    }
    case 3:
      lines[i] = `    ${lines[i]}`;
      break;
    default:
      lines[i] = lines[i]!.replace(/^ {1,4}/, "");
  }
  return lines.join("\n");
}

/** Applies one (most often) to three random mutations to `source`. */
export function mutate(source: string, rng: Rng): string {
  let text = source;
  const roll = rng.below(10);
  const count = roll < 6 ? 1 : roll < 9 ? 2 : 3;
  for (let n = 0; n < count; n++)
    text = rng.below(6) === 0 ? mutateLines(text, rng) : mutateTokens(text, rng);
  return text;
}
