/** Registers the native modules (the table the importer consults before sys.path). */
export function initNativeModules(): void {
  // Native modules register themselves here as they are added (time, math, ...).
}
