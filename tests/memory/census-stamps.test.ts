// The census's stamps (src/memory/census.ts): PyObject's constructor stores none (the
// prototype's 0 stands in), and a census never stamps nor lists objects of CENSUS_ATOMIC types
// (floats, ...), so those keep the hidden class they were born with; everything else it reaches
// is stamped and listed as before.
import assert from "node:assert/strict";
import { test } from "node:test";
import { classify, markLive } from "../../src/memory/census.js";
import { censusAtomic } from "../../src/memory/traverse.js";
import { PyObject, objectType } from "../../src/objects/core.js";
import { PyComplex, PyFloat } from "../../src/objects/float.js";
import { PyList } from "../../src/objects/list.js";
import { PyTuple } from "../../src/objects/tuple.js";

const stamped = (o: PyObject): boolean => Object.hasOwn(o, "gcMark");

test("a new object carries no stamp of its own", () => {
  const o = new PyObject(objectType);
  assert.equal(stamped(o), false);
  assert.equal(o.gcMark, 0);
});

test("a mark stamps and lists containers, not floats or complex numbers", () => {
  const f = new PyFloat(1.5);
  const c = new PyComplex(1, 2);
  const inner = new PyObject(objectType);
  const list = new PyList([f, c, inner, f]);
  const live = markLive([list]);
  assert.deepEqual(live.list, [list, inner]);
  assert.ok(live.has(list) && live.has(inner));
  assert.equal(live.has(f), false);
  assert.equal(stamped(f) || stamped(c), false);
  assert.ok(stamped(list) && stamped(inner));
  assert.ok(censusAtomic(f) && censusAtomic(c) && !censusAtomic(list));
});

test("a classification does not take the floats the dead hold among the dead", () => {
  const f = new PyFloat(2.5);
  const held = new PyObject(objectType);
  const tuple = new PyTuple([f, held]);
  const reach = markLive([]);
  const dead = [tuple];
  const d = classify(dead, reach);
  assert.deepEqual(dead, [tuple, held]);
  assert.deepEqual([...d.freed], [tuple, held]);
  assert.equal(stamped(f), false);
});
