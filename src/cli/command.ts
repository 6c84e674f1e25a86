// The shape of a CLI command: src/cli/<name>.ts exports `command`. Returns the exit code:
// 0 every input processed, 1 some inputs failed, 2 usage error.

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
