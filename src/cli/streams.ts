/** Where the CLI writes; tests pass their own to capture output. */
export interface Streams {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processStreams: Streams = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
