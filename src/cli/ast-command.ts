import type { Streams } from "./streams.js";

/** `pyglass ast FILE`: prints `ast.dump(ast.parse(source, FILE), include_attributes=True)`. */
export async function astCommand(_path: string, io: Streams): Promise<number> {
  io.stderr("pyglass ast: not implemented yet\n");
  return 1;
}
