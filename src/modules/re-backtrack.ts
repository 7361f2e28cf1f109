/**
 * A backtracking matcher for the patterns a JavaScript RegExp matches differently from sre:
 * conditional groups `(?(id)yes|no)`, whose branch depends on whether a group has matched (which
 * a RegExp cannot test: a backreference to an unset group matches the empty string there);
 * backreferences to a group that may not have matched (sre fails them); groups in a repeat that
 * an iteration may skip (a RegExp clears them at each iteration, sre keeps the last value); and
 * case-insensitive backreferences where case is folded by hand (bytes patterns, scoped `(?i:)`).
 *
 * The translator (re-translate.ts) builds the tree below alongside the RegExp source. Leaves are
 * the pieces that match at most one character or none (literals, classes, `.`, anchors, `\b`,
 * lookarounds without groups): each is its own sticky RegExp, so they keep exactly the meaning
 * the translation gives them. Groups, repeats, alternation, backreferences, lookarounds with
 * groups, atomic groups and conditionals are matched here, in the order sre tries them
 * (Modules/_sre/sre_lib.h): greedy repeats longest first, lazy shortest first, alternatives left
 * to right, an iteration that matches the empty string ends a repeat.
 *
 * The object has RegExp's lastIndex/exec shape (the `d` flag's indices with groups `g1`, `g2`,
 * ...), so the engine runs it as it runs a RegExp.
 */

export type Node =
  | { readonly kind: "leaf"; readonly js: string }
  | { readonly kind: "seq"; readonly items: readonly Node[] }
  | { readonly kind: "alt"; readonly items: readonly Node[] }
  | { readonly kind: "group"; readonly n: number; readonly body: Node }
  | {
      readonly kind: "repeat";
      readonly body: Node;
      readonly lo: number;
      readonly hi: number;
      readonly lazy: boolean;
    }
  | { readonly kind: "atomic"; readonly body: Node }
  | {
      readonly kind: "backref";
      readonly n: number;
      readonly ignoreCase: boolean;
      /** Fold only ASCII letters (bytes patterns). */
      readonly asciiCase: boolean;
    }
  | {
      readonly kind: "look";
      readonly body: Node;
      readonly behind: boolean;
      readonly negate: boolean;
      /** Width in code points (lookbehinds are fixed-width). */
      readonly width: number;
    }
  | { readonly kind: "cond"; readonly n: number; readonly yes: Node; readonly no: Node };

type Cont = (pos: number) => boolean;

/** The `d` flag's result shape, as much of it as the engine reads. */
export interface MatchIndices {
  readonly indices: {
    readonly 0: [number, number];
    readonly groups: Record<string, [number, number] | undefined>;
  };
}

/** The engine's view of a compiled matcher: a RegExp, or a Backtracker. */
export interface Matcher {
  lastIndex: number;
  exec(text: string): MatchIndices | RegExpExecArray | null;
}

type Mode = "search" | "match" | "full";

export class Backtracker implements Matcher {
  lastIndex = 0;
  private text = "";
  private caps: number[] = [];
  private readonly leaves = new Map<string, RegExp>();

  constructor(
    private readonly root: Node,
    private readonly groups: number,
    private readonly flags: string,
    private readonly mode: Mode,
    /**
     * The RegExp form of the pattern when it has one (a pattern here only for a reference to a
     * group that may not have matched): used when the input is too long for this recursive
     * matcher, which then answers as the RegExp does, as before this matcher existed.
     */
    private readonly fallback: RegExp | null = null,
  ) {}

  exec(text: string): MatchIndices | RegExpExecArray | null {
    try {
      return this.run(text);
    } catch (e) {
      if (!(e instanceof RangeError) || this.fallback === null || !/call stack/i.test(e.message)) throw e;
      this.fallback.lastIndex = this.lastIndex;
      const m = this.fallback.exec(text);
      this.lastIndex = this.fallback.lastIndex;
      return m;
    }
  }

  private run(text: string): MatchIndices | null {
    this.text = text;
    const end = (e: number): boolean => this.mode !== "full" || e === text.length;
    for (let start = this.lastIndex; start <= text.length;) {
      this.caps = new Array<number>(2 * (this.groups + 1)).fill(-1);
      let stop = -1;
      if (
        this.m(this.root, start, (e) => {
          if (!end(e)) return false;
          stop = e;
          return true;
        })
      ) {
        const groups: Record<string, [number, number] | undefined> = {};
        for (let g = 1; g <= this.groups; g++) {
          const a = this.caps[2 * g]!;
          groups[`g${g}`] = a < 0 ? undefined : [a, this.caps[2 * g + 1]!];
        }
        this.lastIndex = stop;
        return { indices: { 0: [start, stop], groups } };
      }
      if (this.mode !== "search") break;
      start += this.unitsAt(start);
    }
    this.lastIndex = 0;
    return null;
  }

  /** 2 at the start of a surrogate pair, else 1 (one code point). */
  private unitsAt(pos: number): number {
    const c = this.text.charCodeAt(pos);
    if (c >= 0xd800 && c <= 0xdbff && pos + 1 < this.text.length) {
      const d = this.text.charCodeAt(pos + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 2;
    }
    return 1;
  }

  private leaf(js: string): RegExp {
    let re = this.leaves.get(js);
    if (re === undefined) this.leaves.set(js, (re = new RegExp(js, this.flags + "y")));
    return re;
  }

  /** The end of the leaf matched at pos, or -1. */
  private leafAt(js: string, pos: number): number {
    const re = this.leaf(js);
    re.lastIndex = pos;
    return re.test(this.text) ? re.lastIndex : -1;
  }

  /** Matches node at pos; on success calls k with the end, and succeeds when k does. */
  private m(node: Node, pos: number, k: Cont): boolean {
    switch (node.kind) {
      case "leaf": {
        const e = this.leafAt(node.js, pos);
        return e >= 0 && k(e);
      }
      case "seq":
        return this.seq(node.items, 0, pos, k);
      case "alt":
        for (const item of node.items) if (this.m(item, pos, k)) return true;
        return false;
      case "group":
        return this.m(node.body, pos, (e) => {
          const a = this.caps[2 * node.n]!;
          const b = this.caps[2 * node.n + 1]!;
          this.caps[2 * node.n] = pos;
          this.caps[2 * node.n + 1] = e;
          if (k(e)) return true;
          this.caps[2 * node.n] = a;
          this.caps[2 * node.n + 1] = b;
          return false;
        });
      case "repeat":
        if (node.body.kind === "leaf") return this.leafRepeat(node.body.js, node, pos, k);
        return this.repeat(node, 0, pos, k);
      case "atomic": {
        const saved = this.caps.slice();
        let end = -1;
        if (!this.m(node.body, pos, (e) => ((end = e), true))) return false;
        if (k(end)) return true;
        this.caps = saved;
        return false;
      }
      case "backref": {
        const a = this.caps[2 * node.n]!;
        if (a < 0) return false;
        const want = this.text.slice(a, this.caps[2 * node.n + 1]!);
        const got = this.text.slice(pos, pos + want.length);
        const same = got === want || (node.ignoreCase && sameIgnoringCase(got, want, node.asciiCase));
        return same && k(pos + want.length);
      }
      case "look": {
        const saved = this.caps.slice();
        let start = pos;
        if (node.behind) {
          for (let i = 0; i < node.width && start >= 0; i++) {
            const c = this.text.charCodeAt(start - 1);
            const d = this.text.charCodeAt(start - 2);
            start -= c >= 0xdc00 && c <= 0xdfff && d >= 0xd800 && d <= 0xdbff ? 2 : 1;
          }
        }
        const found = start >= 0 && this.m(node.body, start, (e) => !node.behind || e === pos);
        if (found === node.negate) {
          this.caps = saved;
          return false;
        }
        if (node.negate) this.caps = saved;
        if (k(pos)) return true;
        this.caps = saved;
        return false;
      }
      case "cond":
        return this.m(this.caps[2 * node.n]! >= 0 ? node.yes : node.no, pos, k);
    }
  }

  private seq(items: readonly Node[], i: number, pos: number, k: Cont): boolean {
    if (i === items.length) return k(pos);
    return this.m(items[i]!, pos, (e) => this.seq(items, i + 1, e, k));
  }

  /**
   * A repeat of a general body: iteration `count` starts at pos. An iteration that matches the
   * empty string past the minimum ends the repeat there, keeping its groups (sre's MAX_UNTIL).
   */
  private repeat(node: Node & { kind: "repeat" }, count: number, pos: number, k: Cont): boolean {
    const more = (): boolean =>
      count < node.hi &&
      this.m(node.body, pos, (e) =>
        e === pos && count >= node.lo ? k(e) : this.repeat(node, count + 1, e, k),
      );
    if (node.lazy) return (count >= node.lo && k(pos)) || more();
    return more() || (count >= node.lo && k(pos));
  }

  /** A repeat of a one-character leaf, without recursion per character. */
  private leafRepeat(js: string, node: Node & { kind: "repeat" }, pos: number, k: Cont): boolean {
    if (node.lazy) {
      let at = pos;
      for (let n = 0; ; n++) {
        if (n >= node.lo && k(at)) return true;
        if (n >= node.hi) return false;
        const e = this.leafAt(js, at);
        if (e < 0 || (e === at && n >= node.lo)) return false;
        at = e;
      }
    }
    const ends = [pos];
    for (let at = pos; ends.length - 1 < node.hi;) {
      const e = this.leafAt(js, at);
      if (e < 0) break;
      if (e === at) {
        // A zero-width body matches as often as the minimum asks, and no more.
        while (ends.length - 1 < node.lo) ends.push(at);
        break;
      }
      ends.push((at = e));
    }
    for (let i = ends.length - 1; i >= node.lo; i--) if (k(ends[i]!)) return true;
    return false;
  }
}

/** Equal after folding each character's case (ASCII letters only for bytes), as sre compares. */
function sameIgnoringCase(a: string, b: string, ascii: boolean): boolean {
  if (a.length !== b.length) return false;
  if (ascii) {
    const fold = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    return fold(a) === fold(b);
  }
  const ca = [...a];
  const cb = [...b];
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x !== y && x.toLowerCase() !== y.toLowerCase() && x.toUpperCase() !== y.toUpperCase()) return false;
  }
  return true;
}
