/**
 * erf and erfc: a power series for |x| < 1.5 and a continued fraction beyond, each evaluated
 * with a fixed number of terms (the scheme of m_erf_series / m_erfc_contfrac in CPython's
 * Modules/mathmodule.c).
 */
import * as libm from "./libm/index.js";
const SERIES_CUTOFF = 1.5;
const SERIES_TERMS = 25;
const CONTFRAC_CUTOFF = 30.0;
const CONTFRAC_TERMS = 50;
const SQRTPI = 1.772453850905516;

function series(x: number): number {
  const x2 = x * x;
  let acc = 0.0;
  let fk = SERIES_TERMS + 0.5;
  for (let i = 0; i < SERIES_TERMS; i++) {
    acc = 2.0 + (x2 * acc) / fk;
    fk -= 1.0;
  }
  return (acc * x * libm.exp(-x2)) / SQRTPI;
}

function contfrac(x: number): number {
  if (x >= CONTFRAC_CUTOFF) return 0.0;
  const x2 = x * x;
  let a = 0.0;
  let da = 0.5;
  let p = 1.0;
  let pLast = 0.0;
  let q = da + x2;
  let qLast = 1.0;
  for (let i = 0; i < CONTFRAC_TERMS; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let tmp = p;
    p = b * p - a * pLast;
    pLast = tmp;
    tmp = q;
    q = b * q - a * qLast;
    qLast = tmp;
  }
  return ((p / q) * x * libm.exp(-x2)) / SQRTPI;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < SERIES_CUTOFF) return series(x);
  const cf = contfrac(absx);
  return x > 0.0 ? 1.0 - cf : cf - 1.0;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < SERIES_CUTOFF) return 1.0 - series(x);
  const cf = contfrac(absx);
  return x > 0.0 ? cf : 2.0 - cf;
}
