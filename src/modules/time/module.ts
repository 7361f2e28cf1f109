/**
 * The time module (Modules/timemodule.c). The local time zone is taken to be UTC (timezone 0,
 * tzname ('UTC', 'UTC'), no DST): pyglass does not read the host's zone database, and the
 * machines it is tested on run in UTC. Clock reads go through the interpreter's clock
 * (src/vm/sched-clock.ts): virtual time by default, the host's with --real-time.
 */
import type { PyValue } from "../../objects/core.js";
import { None } from "../../objects/core.js";
import { overflowError, typeError, valueError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { intValue, strValue, typeName } from "../../objects/helpers.js";
import { PyModule } from "../../objects/misc.js";
import type { MethodSpec } from "../../objects/native.js";
import { nativeFunctions } from "../../objects/native.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { Interpreter } from "../../vm/interpreter.js";
import type { Thread } from "../../vm/thread.js";
import { asDouble } from "../math/args.js";
import type { Tm } from "./calendar-math.js";
import { secondsFromTm, tmFromSeconds } from "./calendar-math.js";
import type { InterpClock as Clock } from "../../vm/sched-clock.js";
import { sleepFor } from "../../vm/waits.js";
import { asctime, strftime } from "./strftime.js";
import { strptime } from "./strptime.js";
import { PyStructTime, structTimeType } from "./struct-time.js";

const ZONE = "UTC";

function structTime(tm: Tm): PyStructTime {
  return new PyStructTime([...tm], ZONE, 0);
}

/** Seconds argument of gmtime / localtime / ctime: None is now; floats round toward -inf. */
function* secondsArg(t: Thread, clock: Clock, v: PyValue | undefined): Gen<number> {
  if (v === undefined || v === None) return Math.floor(clock.wall());
  const iv = intValue(v);
  let secs: number;
  if (iv !== undefined) secs = Number(iv);
  else {
    const x = yield* asDouble(t, v);
    if (Number.isNaN(x)) throw valueError("Invalid value NaN (not a number)");
    secs = Math.floor(x);
  }
  if (!Number.isFinite(secs) || Math.abs(secs) > 2 ** 63)
    throw overflowError("timestamp out of range for platform time_t");
  if (Math.abs(secs) > 67767976233316800) throw overflowError("timestamp out of range for platform time_t");
  return secs;
}

/** A struct_time or 9-tuple argument (gettmarg), as numbers. */
function tmArg(name: string, v: PyValue): Tm {
  if (!(v instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  const items = v.items;
  if (items.length !== 9) throw typeError(`${name}(): illegal time tuple argument`);
  const out: number[] = [];
  for (const item of items) {
    const iv = intValue(item);
    if (iv === undefined) throw typeError(`'${typeName(item)}' object cannot be interpreted as an integer`);
    out.push(Number(iv));
  }
  return out as Tm;
}

/** checktm / strftime's normalisation: 0 for month, day, yday means "unset". */
function normalise(tm: Tm): Tm {
  const out = [...tm] as Tm;
  if (out[1] === 0) out[1] = 1;
  if (out[1] < 1 || out[1] > 12) throw valueError("month out of range");
  if (out[2] === 0) out[2] = 1;
  if (out[2] < 0 || out[2] > 31) throw valueError("day of month out of range");
  if (out[3] < 0 || out[3] > 23) throw valueError("hour out of range");
  if (out[4] < 0 || out[4] > 59) throw valueError("minute out of range");
  if (out[5] < 0 || out[5] > 61) throw valueError("seconds out of range");
  if (out[6] < 0) throw valueError("day of week out of range");
  out[6] = out[6] % 7;
  if (out[7] === 0) out[7] = 1;
  if (out[7] < 0 || out[7] > 366) throw valueError("day of year out of range");
  return out;
}

function functions(clock: Clock): Record<string, MethodSpec> {
  const ns = (seconds: number): PyValue => BigInt(Math.round(seconds * 1e6)) * 1000n;
  return {
    time: () => new PyFloat(clock.wall()),
    time_ns: () => ns(clock.wall()),
    monotonic: () => new PyFloat(clock.monotonic()),
    monotonic_ns: () => ns(clock.monotonic()),
    perf_counter: () => new PyFloat(clock.monotonic()),
    perf_counter_ns: () => ns(clock.monotonic()),
    process_time: () => new PyFloat(clock.process()),
    process_time_ns: () => ns(clock.process()),
    thread_time: () => new PyFloat(clock.thread()),
    thread_time_ns: () => ns(clock.thread()),
    sleep: {
      gen: function* (t, _s, args) {
        const secs = yield* asDouble(t, args[0] ?? None);
        if (Number.isNaN(secs)) throw valueError("Invalid value NaN (not a number)");
        if (secs < 0) throw valueError("sleep length must be non-negative");
        // Only this thread waits: the GIL is released and the others run (threads.md).
        yield* sleepFor(t, secs);
        return None;
      },
    },
    gmtime: {
      gen: function* (t, _s, args) {
        return structTime(tmFromSeconds(yield* secondsArg(t, clock, args[0])));
      },
    },
    localtime: {
      gen: function* (t, _s, args) {
        return structTime(tmFromSeconds(yield* secondsArg(t, clock, args[0])));
      },
    },
    mktime: {
      fn: (_t, _s, args) => {
        const tm = tmArg("mktime", args[0] ?? None);
        return new PyFloat(secondsFromTm(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]));
      },
    },
    asctime: {
      fn: (_t, _s, args) => {
        const tm =
          args.length && args[0] !== None
            ? normalise(tmArg("asctime", args[0]!))
            : tmFromSeconds(Math.floor(clock.wall()));
        return asctime(tm);
      },
    },
    ctime: {
      gen: function* (t, _s, args) {
        return asctime(tmFromSeconds(yield* secondsArg(t, clock, args[0])));
      },
    },
    strftime: {
      fn: (_t, _s, args) => {
        const format = strValue(args[0] ?? None);
        if (format === undefined)
          throw typeError(`strftime() argument 1 must be str, not ${typeName(args[0] ?? None)}`);
        const tv = args[1];
        const tm =
          tv === undefined ? tmFromSeconds(Math.floor(clock.wall())) : normalise(tmArg("strftime", tv));
        const zone = tv instanceof PyStructTime && typeof tv.zone === "string" ? tv.zone : ZONE;
        return strftime(format, tm, zone, 0);
      },
    },
    strptime: (_t, _s, args) => {
      const data = strValue(args[0] ?? None);
      const format = args.length > 1 ? strValue(args[1]!) : "%a %b %d %H:%M:%S %Y";
      if (data === undefined)
        throw typeError(`strptime() argument 0 must be str, not ${typeName(args[0] ?? None)}`);
      if (format === undefined)
        throw typeError(`strptime() argument 1 must be str, not ${typeName(args[1]!)}`);
      return new PyStructTime([...strptime(data, format)], None, None);
    },
  };
}

export function makeTimeModule(interp: Interpreter): PyModule {
  const m = new PyModule("time");
  const d = m.dict!;
  const clock = interp.scheduler.clock;
  for (const [name, fn] of nativeFunctions("time", functions(clock))) d.setStr(name, fn);
  d.setStr("struct_time", structTimeType);
  d.setStr("timezone", 0);
  d.setStr("altzone", 0);
  d.setStr("daylight", 0);
  d.setStr("tzname", new PyTuple([ZONE, ZONE]));
  return m;
}
