/**
 * The top of the value stack in JavaScript locals (docs/internals/vm.md, "The compile tier").
 *
 * Within a run (the instructions between two entry points) the compiler knows how many values
 * each instruction pushes and pops, so the values that simple instructions push — locals,
 * constants, the results of int/float arithmetic and comparisons — can stay in the locals
 * `c0`, `c1`, ... instead of going through the frame's slot array: V8 then keeps them in
 * registers (bench/experiments/compile-tier-shapes.mjs measures the difference).
 *
 * The invariant: while `depth` values are cached, the real stack is the slots up to `sp`
 * followed by `c0` ... `c<depth-1>`, and the slots from `sp` on are null. Everything outside
 * these emitters sees the real stack in the slots: the cache is *flushed* (its values stored at
 * `sp`, `sp` advanced) before any other instruction, before a jump or an entry point, and before
 * any path that can leave the frame, raise or run Python code; a general path that comes back
 * (a binary operation that ran a native) *reloads* what it flushed, so that both of an
 * instruction's paths end with the same values cached.
 */
import { O } from "../opcode-numbers.generated.js";
import { type Instr, inlineArith, inlineCompare } from "./emit.js";

/** How many values may be cached at once (locals declared in every compiled function). */
export const MAX_CACHED = 6;

/** The declaration of the cache's locals, for the compiled function's top. */
export const cacheLocals = `let ${Array.from({ length: MAX_CACHED }, (_, k) => `c${k}`).join(", ")};`;

/** The compile-time state of one compiled function's cache. */
export class StackCache {
  depth = 0;

  /** Stores the cached values in the slots (the cache becomes empty). */
  flush(): string {
    const code = flushCode(this.depth);
    this.depth = 0;
    return code;
  }

  /**
   * The cache-aware body of instruction i, or null when i has none (the caller flushes and
   * emits the ordinary body, which `emitted` gives). `jumpTarget` is where a conditional jump
   * goes.
   */
  emit(i: Instr, jumpTarget: number, emitted: () => string): string | null {
    const a = i.arg;
    const d = this.depth;
    switch (i.op) {
      case O.LOAD_FAST:
        if (d === MAX_CACHED) return null;
        this.depth++;
        // Unbound: the real stack is stored first, as the interpreter would have it.
        return `if ((c${d} = s[${a}]) == null) { ${flushCode(d)} throw nameOps.unboundLocal(code, ${a}); }`;
      case O.LOAD_CONST:
        if (d === MAX_CACHED) return null;
        this.depth++;
        return `c${d} = consts[${a}];`;
      case O.STORE_FAST:
        if (d === 0) return null;
        this.depth--;
        return `s[${a}] = c${d - 1};`;
      case O.POP_TOP:
        if (d === 0) return null;
        // Nothing to store: the value was never in the slots.
        this.depth--;
        return "";
      case O.COPY:
        if (a > d || d === MAX_CACHED) return null;
        this.depth++;
        return `c${d} = c${d - a};`;
      case O.SWAP:
        if (a > d) return null;
        return `v = c${d - 1}; c${d - 1} = c${d - a}; c${d - a} = v;`;
      case O.BINARY_SUBSCR:
        return d >= 2 ? this.binarySubscr(i) : null;
      case O.STORE_SUBSCR:
        return d >= 3 ? this.storeSubscr(emitted) : null;
      case O.BINARY_OP:
        return d >= 2 ? this.binaryOp(i) : null;
      case O.COMPARE_OP:
        return d >= 2 ? this.compareOp(i) : null;
      case O.POP_JUMP_FORWARD_IF_FALSE:
      case O.POP_JUMP_BACKWARD_IF_FALSE:
        return d >= 1 ? this.popJumpIf(i, jumpTarget, false) : null;
      case O.POP_JUMP_FORWARD_IF_TRUE:
      case O.POP_JUMP_BACKWARD_IF_TRUE:
        return d >= 1 ? this.popJumpIf(i, jumpTarget, true) : null;
      default:
        return null;
    }
  }

  /** int + - * int and float + - * float in the locals (emit.ts's inlineArith). */
  private binaryOp(i: Instr): string {
    const d = this.depth;
    const v = `c${d - 2}`;
    const general = this.general(
      `sp = operatorGeneral(t, f, sp, ${i.at}, ${i.next}, v, w, ${i.arg}, false);`,
    );
    this.depth--;
    const b = `b${i.at}`;
    const fast = inlineArith(i.arg, v, `c${d - 1}`, (r) => `${v} = ${r};`, b);
    return fast === null ? `{ ${general} }` : `${b}: { ${fast} ${general} }`;
  }

  /** A list or tuple item by int index (getItemFast's answer) in the locals; else the general path. */
  private binarySubscr(i: Instr): string {
    const d = this.depth;
    const v = `c${d - 2}`;
    const w = `c${d - 1}`;
    this.depth--;
    return `if ((r = getItemFast(${v}, ${w})) !== undefined && r !== RAISED) { ${v} = r; }
      else {
        ${flushCode(d)} w = s[--sp]; v = s[sp - 1]; s[sp] = null;
        if (r === RAISED) return raiseAt(t, f, sp, ${i.at}, ${i.next}, takeRaised());
        s[--sp] = null; sp = pushNative(t, f, sp, ${i.at}, ${i.next}, getItem(t, v, w)); if (sp < 0) return 0;
        ${reloadCode(d - 1)}
      }`;
  }

  /**
   * `container[key] = value` of an exact list and int index in the locals; otherwise the
   * whole cache stored, the ordinary body run on the slots, and what stays below reloaded.
   */
  private storeSubscr(emitted: () => string): string {
    const d = this.depth;
    const v = `c${d - 3}`;
    const w = `c${d - 2}`;
    const x = `c${d - 1}`;
    this.depth -= 3;
    return `if (typeof ${w} === "object" && ${w}.type === listType && typeof ${x} === "number" &&
        (k = ${x} < 0 ? ${x} + ${w}.items.length : ${x}) >= 0 && k < ${w}.items.length) {
        ${w}.items[k] = ${v};
      } else { ${flushCode(d)} ${emitted()} ${reloadCode(d - 3)} }`;
  }

  private compareOp(i: Instr): string {
    const d = this.depth;
    const v = `c${d - 2}`;
    const general = this.general(`sp = operatorGeneral(t, f, sp, ${i.at}, ${i.next}, v, w, ${i.arg}, true);`);
    this.depth--;
    return `${inlineCompare(i.arg, v, `c${d - 1}`, (r) => `${v} = ${r};`)} else { ${general} }`;
  }

  /**
   * A binary instruction's general path: the whole cache (operands included) stored, the
   * operands popped as emit.ts's bodies pop them (`v`, `w`), `call` run, and, when the frame
   * goes on here, the values below the result and the result reloaded into the cache.
   */
  private general(call: string): string {
    const d = this.depth;
    return `${flushCode(d)} w = s[--sp]; v = s[sp - 1]; s[sp] = null;
      ${call} if (sp < 0) return 0;
      ${reloadCode(d - 1)}`;
  }

  private popJumpIf(i: Instr, target: number, jumpIfTrue: boolean): string {
    const d = this.depth;
    const c = `c${d - 1}`;
    this.depth--;
    const rest = flushCode(d - 1);
    const reload = reloadCode(d - 1);
    return `v = ${c};
      if (v === ${jumpIfTrue}) { ${rest} ip = ${target}; continue; }
      if (v !== ${!jumpIfTrue}) {
        ${rest}
        if ((r = truthOf(t, f, sp, ${i.at}, ${i.next}, ${target}, ${jumpIfTrue}, v)) === ${jumpIfTrue ? 1 : 0}) { ip = ${target}; continue; }
        if (r < 0) return 0;
        ${reload}
      }`;
  }
}

/** Stores c0 ... c<n-1> at sp and advances sp (the locals are cleared: the slots hold them now). */
function flushCode(n: number): string {
  if (n === 0) return "";
  const stores = Array.from({ length: n }, (_, k) => `s[sp + ${k}] = c${k}; c${k} = null;`).join(" ");
  return `${stores} sp += ${n};`;
}

/** Takes the top n slots back into c0 ... c<n-1> (the inverse of flushCode). */
function reloadCode(n: number): string {
  if (n === 0) return "";
  const loads = Array.from({ length: n }, (_, k) => `c${k} = s[sp + ${k}]; s[sp + ${k}] = null;`).join(" ");
  return `sp -= ${n}; ${loads}`;
}
