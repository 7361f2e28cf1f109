// The public API of pyglass. The CLI and the web playground use only what this file exports.
export { PYGLASS_VERSION, PYTHON_VERSION } from "./version.js";
export type { ConstantValue } from "./parser/constant.js";
