/** struct.error: the exception every format and range problem raises (StructError in _struct.c). */
import { TypeFlags, defineBuiltinType } from "../../objects/core.js";
import { E } from "../../objects/exceptions.js";

export const structErrorType = defineBuiltinType("error", {
  base: E.Exception,
  // PyErr_NewException makes a heap type: its __module__ shows in tracebacks and it takes attributes.
  flags: TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.HEAPTYPE,
});
structErrorType.hasDict = true;
structErrorType.weakrefable = true;
structErrorType.ns.set("__module__", "struct");
