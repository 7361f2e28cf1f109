/**
 * The names compiled code uses (compile.ts binds each as a constant of the function's closure):
 * the objects and fast paths execFrame uses, by the same names, and the general paths of
 * slow.ts.
 */
import {
  InternalError,
  None,
  dictType,
  floatType,
  listType,
  methodType,
  tupleType,
} from "../../objects/core.js";
import { fastKeyOf } from "../../objects/dict.js";
import { PyFloat } from "../../objects/float.js";
import { PyListIter, PyRangeIter, SyncIterator } from "../../objects/iterators.js";
import { PyList, listAppended } from "../../objects/list.js";
import { getIter, getIterFast } from "../../objects/ops/iter.js";
import {
  RAISED,
  contains,
  containsFast,
  getItem,
  getItemFast,
  setItem,
  setItemFast,
  takeRaised,
} from "../../objects/ops/subscript.js";
import { STOP } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import { asValue, intZeroDivision, negate, toException } from "../eval.js";
import {
  cacheAt,
  loadAttrCached,
  loadGlobalCached,
  loadMethodCached,
  storeAttrCached,
} from "../inline-cache.js";
import { nameOps } from "../name-ops.js";
import {
  callAt,
  callCutsSlice,
  coldAt,
  discardNative,
  forIterNext,
  kwNames,
  loadAttrGeneral,
  operatorGeneral,
  pushNative,
  raiseAt,
  returnFrom,
  truthOf,
  yieldAt,
} from "./slow.js";

let helpers: Record<string, unknown> | null = null;

/** The helpers, made on first use (eval.ts and this module import each other). */
export function jitHelpers(): Record<string, unknown> {
  helpers ??= {
    InternalError,
    None,
    dictType,
    floatType,
    listType,
    methodType,
    tupleType,
    fastKeyOf,
    PyFloat,
    PyListIter,
    PyRangeIter,
    SyncIterator,
    PyList,
    listAppended,
    getIter,
    getIterFast,
    RAISED,
    contains,
    containsFast,
    getItem,
    getItemFast,
    setItem,
    setItemFast,
    takeRaised,
    STOP,
    PyTuple,
    asValue,
    intZeroDivision,
    negate,
    toException,
    cacheAt,
    loadAttrCached,
    loadGlobalCached,
    loadMethodCached,
    storeAttrCached,
    nameOps,
    callAt,
    callCutsSlice,
    coldAt,
    discardNative,
    forIterNext,
    kwNames,
    loadAttrGeneral,
    operatorGeneral,
    pushNative,
    raiseAt,
    returnFrom,
    truthOf,
    yieldAt,
  };
  return helpers;
}
