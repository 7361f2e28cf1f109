/** Turning the parser's and compiler's PythonSyntaxError into a Python SyntaxError object. */
import { None } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { E, PyBaseException, newException } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import type { PythonSyntaxError } from "../parser/syntax-error.js";

/** A SyntaxError / IndentationError / TabError instance carrying the error's location. */
export function syntaxErrorFrom(e: PythonSyntaxError): PyBaseException {
  const type =
    e.kind === "IndentationError" ? E.IndentationError : e.kind === "TabError" ? E.TabError : E.SyntaxError;
  const info = new PyTuple([
    e.filename ?? None,
    e.lineno ?? None,
    e.offset ?? None,
    e.text ?? None,
    e.endLineno ?? None,
    e.endOffset ?? None,
  ]);
  const exc = newException(type, e.msg, info);
  exc.dict = new PyDict();
  exc.dict.setStr("msg", e.msg);
  exc.dict.setStr("filename", e.filename ?? None);
  exc.dict.setStr("lineno", e.lineno ?? None);
  exc.dict.setStr("offset", e.offset ?? None);
  exc.dict.setStr("text", e.text ?? None);
  exc.dict.setStr("end_lineno", e.endLineno ?? None);
  exc.dict.setStr("end_offset", e.endOffset ?? None);
  exc.dict.setStr("print_file_and_line", None);
  return exc;
}
