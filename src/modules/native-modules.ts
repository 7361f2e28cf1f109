import { makeRandomModule } from "./_random.js";
import { makeStructModule } from "./_struct/module.js";
import { makeBinasciiModule } from "./binascii/module.js";
import { makeCmathModule } from "./cmath/module.js";
import { HASH_MODULES, makeHashModule } from "./hashlib-module.js";
import { makeMathModule } from "./math/module.js";
import { makeJsonModule } from "./_json.js";
import { makeGcModule } from "./gc.js";
import { makeWeakrefModule } from "./_weakref.js";
import { makeAtexitModule } from "./atexit.js";
import { makeCodecsModule } from "./_codecs.js";
import { makeReEngineModule } from "./re-engine.js";
import { makePosixModule } from "./posix.js";
import { registerNativeModule } from "./registry.js";
import { makePyglassAsyncioModule } from "./_pyglass_asyncio.js";
import { makeTimeModule } from "./time/module.js";
import { makeThreadModule } from "./_thread/module.js";
import { makeSocketModule } from "./_socket/module.js";
import { makeSelectModule } from "./select/module.js";
import { makeTracebackNativeModule } from "./traceback-native.js";
import { makeSignalModule } from "./signal.js";
import { makeDisNativeModule } from "./dis-native.js";
import { makeAstModule } from "./_ast/module.js";
/** Registers the native modules (the table the importer consults before sys.path). */
export function initNativeModules(): void {
  registerNativeModule("math", makeMathModule);
  registerNativeModule("_random", makeRandomModule);
  registerNativeModule("time", makeTimeModule);
  registerNativeModule("_thread", makeThreadModule);
  for (const name of Object.keys(HASH_MODULES)) registerNativeModule(name, () => makeHashModule(name));
  registerNativeModule("_pyglass_traceback", makeTracebackNativeModule);
  registerNativeModule("posix", makePosixModule);
  registerNativeModule("_struct", makeStructModule);
  registerNativeModule("binascii", makeBinasciiModule);
  registerNativeModule("cmath", makeCmathModule);
  registerNativeModule("_re", makeReEngineModule);
  registerNativeModule("_json", makeJsonModule);
  registerNativeModule("gc", makeGcModule);
  registerNativeModule("_weakref", makeWeakrefModule);
  registerNativeModule("atexit", makeAtexitModule);
  registerNativeModule("_codecs", makeCodecsModule);
  registerNativeModule("_pyglass_asyncio", makePyglassAsyncioModule);
  registerNativeModule("_socket", makeSocketModule);
  registerNativeModule("select", makeSelectModule);
  registerNativeModule("_signal", makeSignalModule);
  registerNativeModule("_pyglass_dis", makeDisNativeModule);
  registerNativeModule("_pyglass_ast", makeAstModule);
  // Native modules register themselves here as they are added (time, math, ...).
}
