/**
 * Fills the built-in types' namespaces, once per process, in dependency order. Type objects are
 * created empty at module load (core.ts and the type files); their methods are attached here so
 * module initialisation never depends on import order.
 */
import { initBytesTypes } from "./bytes-type.js";
import { initMemoryviewType } from "./memoryview-type.js";
import {
  PyType,
  classmethodType,
  dictType,
  listType,
  propertyType,
  setType,
  staticmethodType,
  superType,
} from "./core.js";
import { typeError } from "./exceptions.js";
import { defineStatic } from "./native.js";
import { initDictMethods } from "./dict-methods.js";
import { initExceptionMethods } from "./exceptions-methods.js";
import { initFloatType } from "./float-type.js";
import { initGeneratorMethods } from "./generator-methods.js";
import { initIntType } from "./int-type.js";
import { initListMethods } from "./list-methods.js";
import { initMiscTypes } from "./misc-types.js";
import { initObjectType } from "./object-type.js";
import { initRangeType } from "./range-type.js";
import { initSetMethods } from "./set-methods.js";
import { initSliceType } from "./slice-type.js";
import { initStrType } from "./str-type.js";
import { initTupleMethods } from "./tuple-methods.js";
import { initTypeType } from "./type-type.js";
import { initBuiltinIterators } from "../modules/builtins-iter.js";
import { initQuitter } from "../modules/builtins.js";
import { initStreams } from "../modules/io-streams.js";
import { initImporter } from "../modules/importer.js";
import { initNamespace } from "../modules/namespace.js";
import { initNativeModules } from "../modules/native-modules.js";

/** tp_new of types whose instances are allocated empty and filled by __init__ (list_new & co.). */
function defineAllocNew(types: readonly PyType[]): void {
  for (const type of types) {
    defineStatic(type, {
      __new__: (_t, _self, args) => {
        const cls = args[0];
        if (!(cls instanceof PyType) || !cls.isSubtype(type)) {
          throw typeError(`${type.name}.__new__(X): X is not a subtype of ${type.name}`);
        }
        return cls.alloc(cls);
      },
    });
  }
}

let done = false;

export function bootstrapObjects(): void {
  if (done) return;
  done = true;
  initObjectType();
  initTypeType();
  initIntType();
  initFloatType();
  initStrType();
  initListMethods();
  initTupleMethods();
  initDictMethods();
  initSetMethods();
  initRangeType();
  initSliceType();
  initBytesTypes();
  initMemoryviewType();
  initMiscTypes();
  initExceptionMethods();
  initGeneratorMethods();
  initBuiltinIterators();
  initStreams();
  initImporter();
  initNamespace();
  initNativeModules();
  initQuitter();
  defineAllocNew([listType, dictType, setType, propertyType, classmethodType, staticmethodType, superType]);
}
