// crossnews command-line entry: dispatches to one command module per subcommand.

import type { Command } from "./command.ts";
import { EXIT_USAGE } from "./command.ts";

/** Commands load lazily so `crossnews analyze` never pays for the store or the server. */
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  analyze: () => import("./analyze.ts"),
  ingest: () => import("./ingest.ts"),
  search: () => import("./search.ts"),
  entities: () => import("./entities.ts"),
  report: () => import("./report.ts"),
};

function help(): string {
  return [
    "crossnews: multilingual news intelligence, offline",
    "",
    "usage: crossnews <command> [options]",
    "",
    "commands:",
    ...Object.keys(COMMANDS).map((name) => `  ${name}`),
    "",
    "Run `crossnews <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-v") {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`crossnews: unknown command \`${name}\`\n\n${help()}\n`);
    return EXIT_USAGE;
  }
  const { command } = await load();
  return command.run(rest);
}

if (process.argv[1]?.endsWith("cli/main.ts")) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`crossnews: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
