/**
 * Native (TypeScript) modules by name, created on first import. Each entry builds the module
 * for one interpreter.
 */
import type { Interpreter } from "../vm/interpreter.js";
import type { PyModule } from "../objects/misc.js";

export type ModuleFactory = (interp: Interpreter) => PyModule;

export const nativeModules = new Map<string, ModuleFactory>();

export function registerNativeModule(name: string, factory: ModuleFactory): void {
  nativeModules.set(name, factory);
}
