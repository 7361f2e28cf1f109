// Runs pyglass's CLI from a build folder other than dist/ (`npm run bench -- --dist DIR`),
// exactly as bin/pyglass.js runs it from dist/: `node bench/launch-dist.mjs DIR [args...]`.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, ...argv] = process.argv.slice(2);
const { main } = await import(pathToFileURL(resolve(dist, "src", "cli", "main.js")).href);
process.exitCode = await main(argv);
