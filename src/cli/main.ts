// The `pyglass` command line. Mirrors `python3` where the two overlap: pyglass's own options come
// before the script, everything after the script (or after `-c CODE`) belongs to the program.
import { PYGLASS_VERSION, PYTHON_VERSION } from "../version.js";

export const USAGE = `usage: pyglass [option] ... [-c cmd | file | -] [arg] ...
       pyglass ast FILE      print the AST as ast.dump(..., include_attributes=True) does
       pyglass tokens FILE   print the tokens as python3 -m tokenize does`;

const HELP = `${USAGE}

pyglass ${PYGLASS_VERSION}: a Python ${PYTHON_VERSION} runtime whose GIL, threads, GC and scheduler
can be seen and replayed.

Options:
  -c cmd    program passed in as string (terminates option list)
  -h, --help
            print this help message and exit
  -V, --version
            print the Python version number and exit

Arguments:
  file      program read from script file
  arg ...   arguments passed to program in sys.argv[1:]
`;

/** Where the CLI writes; tests pass their own to capture output. */
export interface Streams {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processStreams: Streams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Streams = processStreams): Promise<number> {
  const first = argv[0];
  if (first === undefined) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  if (first === "-h" || first === "--help") {
    io.stdout(HELP);
    return 0;
  }
  if (first === "-V" || first === "--version") {
    io.stdout(`Python ${PYTHON_VERSION} (pyglass ${PYGLASS_VERSION})\n`);
    return 0;
  }
  io.stderr(`pyglass: '${first}' is not implemented yet\n`);
  return 2;
}
