import type { Streams } from "./streams.js";

/** `pyglass tokens FILE`: prints the tokens in the layout of `python3 -m tokenize FILE`. */
export async function tokensCommand(_path: string, io: Streams): Promise<number> {
  io.stderr("pyglass tokens: not implemented yet\n");
  return 1;
}
