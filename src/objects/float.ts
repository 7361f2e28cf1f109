/**
 * float: a boxed IEEE double, plus arithmetic with Python's semantics (Objects/floatobject.c):
 * floor division and modulo take the sign of the divisor, division by zero raises, `**` follows
 * float_pow's special cases.
 */
import type { PyType } from "./core.js";
import { PyObject, complexType, floatType, noteAllocation } from "./core.js";
import { overflowError, zeroDivisionError } from "./exceptions.js";
import * as libm from "../modules/math/libm/index.js";

/** A float's state: the IEEE double. */
export interface PyFloat extends PyObject {
  readonly value: number;
}

interface PyFloatConstructor {
  new (value: number, type?: PyType): PyFloat;
  readonly prototype: PyFloat;
}

/**
 * A base constructor rather than a subclass of PyObject: arithmetic on floats allocates one per
 * result, and a derived class's `super()` call plus its field define cost more than the
 * allocation itself when V8 cannot inline them into the dispatch loop (measured on a float loop:
 * PyFloat and PyObject constructors were a fifth of the time). Its objects are PyObjects all the
 * same: the prototype chain, the stores and the allocation hook are PyObject's.
 */
export const PyFloat = function PyFloat(
  this: { type: PyType; value: number },
  value: number,
  type: PyType = floatType,
) {
  this.type = type;
  this.value = value;
  noteAllocation(this as unknown as PyObject);
} as unknown as PyFloatConstructor;
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

floatType.alloc = (t) => new PyFloat(0, t);

export function pyFloat(x: number): PyFloat {
  return new PyFloat(x);
}

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    type: PyType = complexType,
  ) {
    super(type);
  }
}

complexType.alloc = (t) => new PyComplex(0, 0, t);

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float division by zero");
  return a / b;
}

/** float_divmod: [floor quotient, modulo with the divisor's sign]. */
export function floatDivmod(vx: number, wx: number, what = "float divmod()"): [number, number] {
  if (wx === 0) throw zeroDivisionError(what);
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // copysign(0.0, vx / wx): the quotient's sign, -0.0 included.
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  return floatDivmod(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  return floatDivmod(a, b)[1];
}

/** float ** float; returns null when the result is complex (negative base, fractional exponent). */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iw === 0 ? 1 : NaN;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : NaN;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    if (iw > 0 === a > 1) return Infinity;
    return 0;
  }
  if (!Number.isFinite(iv)) {
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInt ? iv : Math.abs(iv);
    return oddInt ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    return oddInt ? iv : 0;
  }
  if (iv < 0 && !Number.isInteger(iw)) return null;
  if (iv === 1) return 1;
  const r = libm.pow(iv, iw);
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

/** complex ** complex (complex_pow via _Py_c_pow). */
export function complexPow(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw zeroDivisionError("0.0 to a negative or complex power");
    return [0, 0];
  }
  const vabs = libm.hypot(ar, ai);
  let len = libm.pow(vabs, br);
  const at = libm.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= libm.exp(at * bi);
    phase += bi * libm.log(vabs);
  }
  return [len * libm.cos(phase), len * libm.sin(phase)];
}
