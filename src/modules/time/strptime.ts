/**
 * time.strptime for the C locale: each directive becomes a pattern, the whole string must
 * match, and the fields are checked and completed (weekday, day of year) as _strptime does.
 */
import { newException, E } from "../../objects/exceptions.js";
import type { Tm } from "./calendar-math.js";
import { daysFromCivil, isLeap } from "./calendar-math.js";
import { DAYS, MONTHS } from "./strftime.js";

const names = (list: readonly string[]): string => list.map((n) => `${n}|${n.slice(0, 3)}`).join("|");

const PATTERNS: Record<string, string> = {
  d: "(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(\\d{1,6})",
  H: "(2[0-3]|[0-1]\\d|\\d)",
  I: "(1[0-2]|0[1-9]|[1-9])",
  G: "(\\d\\d\\d\\d)",
  j: "(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(1[0-2]|0[1-9]|[1-9])",
  M: "([0-5]\\d|\\d)",
  S: "(6[0-1]|[0-5]\\d|\\d)",
  U: "(5[0-3]|[0-4]\\d|\\d)",
  w: "([0-6])",
  u: "([1-7])",
  V: "(5[0-3]|0[1-9]|[1-4]\\d|\\d)",
  y: "(\\d\\d)",
  Y: "(\\d\\d\\d\\d)",
  z: "(?:([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?)|(Z))",
  A: `(${names(DAYS)})`,
  a: `(${names(DAYS)})`,
  B: `(${names(MONTHS)})`,
  b: `(${names(MONTHS)})`,
  p: "(am|pm)",
  Z: "(utc|gmt)",
  "%": "(%)",
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

const valueError = (msg: string) => newException(E.ValueError, msg);

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"')
    ? `"${s}"`
    : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** Parses `data` with `format`; returns the nine struct_time fields. */
export function strptime(data: string, format: string): Tm {
  let re = "";
  const kinds: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%") {
      re += escape(c);
      continue;
    }
    const k = format[++i];
    if (k === undefined) throw valueError(`stray % in format '${format}'`);
    const expand: Record<string, string> = {
      c: "%a %b %d %H:%M:%S %Y",
      x: "%m/%d/%y",
      X: "%H:%M:%S",
      D: "%m/%d/%y",
      T: "%H:%M:%S",
      R: "%H:%M",
      F: "%Y-%m-%d",
    };
    if (expand[k] !== undefined) {
      format = format.slice(0, i - 1) + expand[k] + format.slice(i + 1);
      i -= 2;
      continue;
    }
    const p = PATTERNS[k];
    if (p === undefined) throw valueError(`'${k}' is a bad directive in format '%${k}'`);
    re += p;
    kinds.push(k);
  }
  const m = new RegExp("^" + re, "i").exec(data);
  if (m === null) throw valueError(`time data ${pyRepr(data)} does not match format ${pyRepr(format)}`);
  if (m[0].length !== data.length) throw valueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  let year = 1900;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let wday: number | null = null;
  let yday: number | null = null;
  let ampm: string | null = null;
  let hour12: number | null = null;
  let g = 1;
  for (const k of kinds) {
    const v = m[g++] ?? "";
    const n = Number(v.trim());
    switch (k) {
      case "Y":
        year = n;
        break;
      case "y":
        year = n <= 68 ? 2000 + n : 1900 + n;
        break;
      case "m":
        month = n;
        break;
      case "d":
        day = n;
        break;
      case "H":
        hour = n;
        break;
      case "I":
        hour12 = n;
        break;
      case "M":
        minute = n;
        break;
      case "S":
        second = n;
        break;
      case "j":
        yday = n;
        break;
      case "a":
      case "A":
        wday = DAYS.findIndex((d) => d.toLowerCase().startsWith(v.toLowerCase().slice(0, 3)));
        break;
      case "b":
      case "B":
        month = MONTHS.findIndex((d) => d.toLowerCase().startsWith(v.toLowerCase().slice(0, 3))) + 1;
        break;
      case "p":
        ampm = v.toLowerCase();
        break;
      case "w":
        wday = (n + 6) % 7;
        break;
      case "u":
        wday = n - 1;
        break;
      default:
        break;
    }
  }
  if (hour12 !== null) hour = ampm === "pm" ? (hour12 % 12) + 12 : hour12 % 12;
  if (yday !== null && !kinds.includes("m") && !kinds.includes("d")) {
    const days = daysFromCivil(year, 1, 1) + yday - 1;
    const date = new Date(days * 86400000);
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  const dim = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > dim[month - 1]!) throw valueError("day is out of range for month");
  const days = daysFromCivil(year, month, day);
  const wd = (((days + 3) % 7) + 7) % 7;
  return [
    year,
    month,
    day,
    hour,
    minute,
    second,
    wday ?? wd,
    yday ?? days - daysFromCivil(year, 1, 1) + 1,
    -1,
  ];
}
