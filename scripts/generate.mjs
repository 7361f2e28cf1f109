// Runs every generator whose inputs are files of this repository, so the derived sources
// (`*.generated.ts`) never drift from their single source. `--check` makes each generator fail
// instead of writing when its output is stale (the test suite runs that). Generators that read
// python3's own tables (Unicode names and properties) are not run at build time; the suite
// checks them with `--check` too.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Generators fed only by repository files: run by every build. The lib bundle is not committed
 * (.gitignore): many lib/ modules change at once and the build always regenerates it.
 */
export const BUILD_GENERATORS = [
  "scripts/gen-ast.mjs", // src/parser/ast.def -> src/parser/ast.generated.ts
  "scripts/gen-vm-opcodes.mjs", // src/compiler/opcodes.ts -> src/vm/opcode-numbers.generated.ts
  "scripts/gen-lib-bundle.mjs", // lib/**/*.py -> src/modules/lib-bundle.generated.ts
  "scripts/fixtures/gen-timsort-sync.mjs", // src/objects/sort/timsort.ts -> timsort-sync.generated.ts
];

/** Generators fed by python3's Unicode database: checked by the suite, run by hand. */
export const PYTHON_GENERATORS = [
  "scripts/gen-unicode-names.mjs",
  "scripts/gen-unicode-names-data.mjs",
  "scripts/fixtures/gen-unicode-tables.mjs",
  "scripts/gen-unicode-case.mjs",
  "scripts/gen-unicode-props.mjs",
];

function run(list, extra) {
  let ok = true;
  for (const script of list) {
    const r = spawnSync(process.execPath, [script, ...extra], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`${script} ${extra.join(" ")} failed (exit ${r.status ?? r.signal})`);
      ok = false;
    }
  }
  return ok;
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  const all = process.argv.includes("--all") || check;
  const ok = run(
    all ? [...BUILD_GENERATORS, ...PYTHON_GENERATORS] : BUILD_GENERATORS,
    check ? ["--check"] : [],
  );
  process.exit(ok ? 0 : 1);
}
