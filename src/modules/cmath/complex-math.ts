/**
 * Complex elementary functions as Modules/cmathmodule.c computes them: the same formulas for
 * finite arguments (chosen there for accuracy near branch cuts and to avoid overflow), and
 * C99 Annex G's results for infinities and NaNs. A result with `domain` or `range` set is a
 * "math domain error" (ValueError) or "math range error" (OverflowError).
 */
import * as libm from "../math/libm/index.js";

export interface C {
  re: number;
  im: number;
}
export interface Result extends C {
  domain?: boolean;
  range?: boolean;
}

const c = (re: number, im: number): C => ({ re, im });
const LN2 = Math.LN2;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MAX = Number.MAX_VALUE;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(DBL_MAX) - LN2;
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 53;
const SCALE_DOWN = -27;
const isFin = Number.isFinite;
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
const isNeg = (x: number): boolean => x < 0 || Object.is(x, -0);
const copysign = (x: number, y: number): number => (isNeg(y) ? -Math.abs(x) : Math.abs(x));

/** C's hypot (cmathmodule.c calls the C library's): correctly rounded, infinities win over NaN. */
export const hypot = libm.hypot;

/** _Py_c_abs: |z|, with an overflow of a finite argument reported as a range error. */
export function cabs(z: C): { value: number; range: boolean } {
  if (!isFin(z.re) || !isFin(z.im)) {
    if (isInf(z.re) || isInf(z.im)) return { value: Infinity, range: false };
    return { value: NaN, range: false };
  }
  const v = hypot(z.re, z.im);
  return { value: v, range: !isFin(v) };
}

export function sqrt(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    if (isInf(y)) return c(Infinity, y);
    if (Number.isNaN(x)) return c(NaN, NaN);
    if (x === Infinity) return c(Infinity, Number.isNaN(y) ? NaN : copysign(0, y));
    if (x === -Infinity) return Number.isNaN(y) ? c(NaN, Infinity) : c(0, copysign(Infinity, y));
    return c(NaN, NaN);
  }
  if (x === 0 && y === 0) return c(0, y);
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ax * 2 ** SCALE_UP;
    s = 2 * Math.sqrt(ax + hypot(ax, ay * 2 ** SCALE_UP));
    s = s * 2 ** SCALE_DOWN;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? c(s, copysign(d, y)) : c(d, copysign(s, y));
}

export function exp(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    let r: Result;
    if (isInf(x) && isFin(y) && y !== 0) {
      r =
        x > 0
          ? c(copysign(Infinity, libm.cos(y)), copysign(Infinity, libm.sin(y)))
          : c(copysign(0, libm.cos(y)), copysign(0, libm.sin(y)));
    } else if (Number.isNaN(x)) {
      r = y === 0 ? c(NaN, y) : c(NaN, NaN);
    } else if (x === Infinity) {
      r = y === 0 ? c(Infinity, y) : c(Infinity, NaN);
    } else if (x === -Infinity) {
      r = c(0, isFin(y) ? copysign(0, y) : 0);
    } else {
      r = c(NaN, NaN);
    }
    if (isInf(y) && (isFin(x) || x === Infinity)) r.domain = true;
    return r;
  }
  let re: number;
  let im: number;
  if (x > LOG_LARGE) {
    const l = libm.exp(x - 1);
    re = l * libm.cos(y) * Math.E;
    im = l * libm.sin(y) * Math.E;
  } else {
    const l = libm.exp(x);
    re = l * libm.cos(y);
    im = l * libm.sin(y);
  }
  const r: Result = c(re, y === 0 ? y * (re < 0 ? -1 : 1) : im);
  if (!isFin(re) || !isFin(im)) r.range = true;
  return r;
}

/** c_log: log|z| computed without overflow or needless loss near |z| = 1. */
export function log(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    if (Number.isNaN(x)) return c(isInf(y) ? Infinity : NaN, NaN);
    if (Number.isNaN(y)) return c(isInf(x) ? Infinity : NaN, NaN);
    return c(Infinity, libm.atan2(y, x));
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = libm.log(hypot(ax * 2 ** SCALE_UP, ay * 2 ** SCALE_UP)) - SCALE_UP * LN2;
    } else {
      return { re: -Infinity, im: libm.atan2(y, x), domain: true };
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = Math.max(ax, ay);
      const an = Math.min(ax, ay);
      re = libm.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = libm.log(h);
  }
  return c(re, libm.atan2(y, x));
}

export function sinh(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) return hyperbolicSpecial(z, true);
  let re: number;
  let im: number;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    re = libm.cos(y) * libm.sinh(xm1) * Math.E;
    im = libm.sin(y) * libm.cosh(xm1) * Math.E;
  } else {
    re = libm.cos(y) * libm.sinh(x);
    im = libm.sin(y) * libm.cosh(x);
  }
  const r: Result = c(re, im);
  if (!isFin(re) || !isFin(im)) r.range = true;
  return r;
}

export function cosh(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) return hyperbolicSpecial(z, false);
  let re: number;
  let im: number;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    re = libm.cos(y) * libm.cosh(xm1) * Math.E;
    im = libm.sin(y) * libm.sinh(xm1) * Math.E;
  } else {
    re = libm.cos(y) * libm.cosh(x);
    im = libm.sin(y) * libm.sinh(x);
  }
  const r: Result = c(re, im);
  if (!isFin(re) || !isFin(im)) r.range = true;
  return r;
}

/** Annex G's csinh / ccosh at infinities and NaNs. */
function hyperbolicSpecial(z: C, isSinh: boolean): Result {
  const { re: x, im: y } = z;
  if (isInf(x) && isFin(y) && y !== 0) {
    // sinh: (sinh x cos y, cosh x sin y); cosh: (cosh x cos y, sinh x sin y); sinh x has x's sign.
    const sx = x > 0 ? 1 : -1;
    const re = copysign(Infinity, libm.cos(y) * (isSinh ? sx : 1));
    const im = copysign(Infinity, libm.sin(y) * (isSinh ? 1 : sx));
    return c(re, im);
  }
  let r: Result;
  if (isInf(x) && y === 0) r = isSinh ? c(x, y) : c(Infinity, copysign(0, x) * (isNeg(y) ? -1 : 1));
  else if (isInf(x)) r = c(Infinity, NaN);
  else if (x === 0 && !isFin(y)) r = isSinh ? c(0, NaN) : c(NaN, 0);
  else if (Number.isNaN(x) && y === 0) r = isSinh ? c(NaN, y) : c(NaN, 0);
  else r = c(NaN, NaN);
  if (isInf(y) && !Number.isNaN(x)) r.domain = true;
  return r;
}

export function tanh(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    let r: Result;
    if (isInf(x) && isFin(y)) r = c(copysign(1, x), copysign(0, 2 * libm.sin(y) * libm.cos(y)));
    else if (isInf(x)) r = c(copysign(1, x), 0);
    else if (Number.isNaN(x) && y === 0) r = c(NaN, y);
    else r = c(NaN, NaN);
    if (isInf(y) && isFin(x)) r.domain = true;
    return r;
  }
  if (Math.abs(x) > LOG_LARGE) {
    return c(copysign(1, x), 4 * libm.sin(y) * libm.cos(y) * libm.exp(-2 * Math.abs(x)));
  }
  const tx = libm.tanh(x);
  const ty = libm.tan(y);
  const cx = 1 / libm.cosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return c((tx * (1 + ty * ty)) / denom, (ty / denom) * cx * cx);
}

export function asinh(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    if (isInf(x)) return c(x, isFin(y) ? copysign(0, y) : Number.isNaN(y) ? NaN : copysign(Math.PI / 4, y));
    if (isInf(y)) return c(copysign(Infinity, x), Number.isNaN(x) ? NaN : copysign(Math.PI / 2, y));
    if (Number.isNaN(x)) return c(NaN, y === 0 ? y : NaN);
    return c(NaN, NaN);
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = libm.log(hypot(x / 2, y / 2)) + 2 * LN2;
    const re = y >= 0 ? copysign(l, x) : -copysign(l, -x);
    return c(re, libm.atan2(y, Math.abs(x)));
  }
  const s1 = sqrt(c(1 + y, -x));
  const s2 = sqrt(c(1 - y, x));
  return c(libm.asinh(s1.re * s2.im - s2.re * s1.im), libm.atan2(y, s1.re * s2.re - s1.im * s2.im));
}

export function asin(z: C): Result {
  const s = asinh(c(-z.im, z.re));
  return { re: s.im, im: -s.re, ...(s.domain ? { domain: true } : {}) };
}

export function acos(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    if (isInf(x)) {
      if (Number.isNaN(y)) return c(NaN, Infinity);
      const re = isInf(y) ? (x > 0 ? Math.PI / 4 : (3 * Math.PI) / 4) : x > 0 ? 0 : Math.PI;
      return c(re, -copysign(Infinity, y));
    }
    if (isInf(y)) return c(Number.isNaN(x) ? NaN : Math.PI / 2, -y);
    if (x === 0 && Number.isNaN(y)) return c(Math.PI / 2, NaN);
    return c(NaN, NaN);
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const re = libm.atan2(Math.abs(y), x);
    const l = libm.log(hypot(x / 2, y / 2)) + 2 * LN2;
    return c(re, x < 0 ? -copysign(l, y) : copysign(l, -y));
  }
  const s1 = sqrt(c(1 - x, -y));
  const s2 = sqrt(c(1 + x, y));
  return c(2 * libm.atan2(s1.re, s2.re), libm.asinh(s2.re * s1.im - s2.im * s1.re));
}

export function acosh(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    if (isInf(x)) {
      if (Number.isNaN(y)) return c(Infinity, NaN);
      const im = isInf(y) ? (x > 0 ? Math.PI / 4 : (3 * Math.PI) / 4) : x > 0 ? 0 : Math.PI;
      return c(Infinity, copysign(im, y));
    }
    if (isInf(y)) return c(Infinity, Number.isNaN(x) ? NaN : copysign(Math.PI / 2, y));
    return c(NaN, NaN);
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    return c(libm.log(hypot(x / 2, y / 2)) + 2 * LN2, libm.atan2(y, x));
  }
  const s1 = sqrt(c(x - 1, y));
  const s2 = sqrt(c(x + 1, y));
  return c(libm.asinh(s1.re * s2.re + s1.im * s2.im), 2 * libm.atan2(s1.im, s2.re));
}

export function atanh(z: C): Result {
  const { re: x, im: y } = z;
  if (!isFin(x) || !isFin(y)) {
    if (isInf(x) || isInf(y)) {
      const im = Number.isNaN(y) ? NaN : copysign(Math.PI / 2, y);
      return c(copysign(0, x), isNaN(x) && !isInf(y) ? NaN : im);
    }
    if (x === 0 && Number.isNaN(y)) return c(x, NaN);
    return c(NaN, NaN);
  }
  if (x < 0) {
    const r = atanh(c(-x, -y));
    return { re: -r.re, im: -r.im, ...(r.domain ? { domain: true } : {}) };
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(x / 2, y / 2);
    return c(x / 4 / h / h, -copysign(Math.PI / 2, -y));
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return { re: Infinity, im: y, domain: true };
    return c(-libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(libm.atan2(2, -ay) / 2, y));
  }
  return c(
    libm.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4,
    -libm.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2,
  );
}

export function atan(z: C): Result {
  const s = atanh(c(-z.im, z.re));
  return { re: s.im, im: -s.re, ...(s.domain ? { domain: true } : {}) };
}

export function sin(z: C): Result {
  const s = sinh(c(-z.im, z.re));
  return { re: s.im, im: -s.re, ...(s.domain ? { domain: true } : {}), ...(s.range ? { range: true } : {}) };
}

export function cos(z: C): Result {
  return cosh(c(-z.im, z.re));
}

export function tan(z: C): Result {
  const s = tanh(c(-z.im, z.re));
  return { re: s.im, im: -s.re, ...(s.domain ? { domain: true } : {}) };
}

/** rect(r, phi) with Annex G's conventions at infinities and NaNs. */
export function rect(r: number, phi: number): Result {
  if (!isFin(r) || !isFin(phi)) {
    if (isInf(r) && isFin(phi) && phi !== 0) {
      return r > 0
        ? c(copysign(Infinity, libm.cos(phi)), copysign(Infinity, libm.sin(phi)))
        : c(-copysign(Infinity, libm.cos(phi)), -copysign(Infinity, libm.sin(phi)));
    }
    let res: Result;
    if (isInf(r) && phi === 0) res = c(r, r > 0 ? phi : -phi);
    else if (isInf(r)) res = c(Infinity, NaN);
    else if (r === 0 && !isFin(phi)) res = c(0, 0);
    else if (Number.isNaN(r) && phi === 0) res = c(NaN, phi);
    else res = c(NaN, NaN);
    if (isInf(phi) && !Number.isNaN(r) && r !== 0) res.domain = true;
    return res;
  }
  if (phi === 0) return c(r, r * phi);
  return c(r * libm.cos(phi), r * libm.sin(phi));
}

/** _Py_c_quot: complex division scaled to avoid overflow; a zero divisor is a domain error. */
export function quot(a: C, b: C): Result {
  const absBr = Math.abs(b.re);
  const absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) return { re: 0, im: 0, domain: true };
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return c(NaN, NaN);
}
