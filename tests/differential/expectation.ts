// Reads the `.expected` file recorded beside each differential case by scripts/regen-expected.mjs.
// The format (docs/internals/testing.md) is line based so that a changed expectation reads well
// in a diff:
//
//   # recorded from python3 by scripts/regen-expected.mjs; do not edit
//   argv: ["a", "b"]                  optional, JSON: sys.argv[1:]
//   stdin: "3\n4\n"                   optional, JSON: everything the program can read
//   exit: 1
//   stdout: 2 lines                   then exactly that many lines
//   stderr: 1 line, no newline at end the last line had no newline
//
// Counting lines (rather than using an end marker) keeps any output representable, including
// output that looks like a section header.

/** What python3 did with a case, with the repository root replaced by ROOT_PLACEHOLDER. */
export interface Expectation {
  readonly argv: readonly string[];
  readonly stdin: string | undefined;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Stands for the repository root directory in recorded output. */
export const ROOT_PLACEHOLDER = "<root>";

export class ExpectationFormatError extends Error {}

/** Parses the text of a `.expected` file; throws ExpectationFormatError naming `file` if malformed. */
export function parseExpectation(text: string, file: string): Expectation {
  const lines = text.split("\n");
  if (lines.pop() !== "") throw new ExpectationFormatError(`${file}: does not end with a newline`);
  let i = 0;
  const fail = (why: string): never => {
    throw new ExpectationFormatError(`${file}:${i + 1}: ${why}`);
  };
  while (i < lines.length && lines[i]!.startsWith("#")) i++;

  const field = (name: string): string | undefined => {
    const line = lines[i];
    if (line === undefined || !line.startsWith(`${name}: `)) return undefined;
    i++;
    return line.slice(name.length + 2);
  };
  const json = (name: string, raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return fail(`${name} is not valid JSON`);
    }
  };

  let argv: string[] = [];
  const rawArgv = field("argv");
  if (rawArgv !== undefined) {
    const value = json("argv", rawArgv);
    if (!Array.isArray(value) || !value.every((a) => typeof a === "string"))
      fail("argv is not a list of strings");
    argv = value as string[];
  }
  let stdin: string | undefined;
  const rawStdin = field("stdin");
  if (rawStdin !== undefined) {
    const value = json("stdin", rawStdin);
    if (typeof value !== "string") fail("stdin is not a string");
    stdin = value as string;
  }
  const rawExit = field("exit") ?? fail("expected 'exit: N'");
  if (!/^-?\d+$/.test(rawExit)) fail("exit code is not an integer");

  const section = (name: string): string => {
    const m = /^(\d+) lines?(, no newline at end)?$/.exec(field(name) ?? fail(`expected '${name}: N lines'`));
    if (m === null) return fail(`bad ${name} header`);
    const count = Number(m[1]);
    if (i + count > lines.length) fail(`${name} promises ${count} lines, the file ends first`);
    const body = lines.slice(i, i + count);
    i += count;
    if (count === 0) return "";
    return body.join("\n") + (m[2] === undefined ? "\n" : "");
  };
  const stdout = section("stdout");
  const stderr = section("stderr");
  if (i !== lines.length) fail("unexpected text after the stderr section");
  return { argv, stdin, exitCode: Number(rawExit), stdout, stderr };
}
