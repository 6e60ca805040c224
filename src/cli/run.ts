import { commands, commandUsage, orList } from './commands/index.js';
import { cliName, help } from './help.js';
import { parseArgv } from './parse-argv.js';
import { expectArgs, UsageError } from './usage-error.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const commandList = orList([...commands.keys()].map(commandUsage));

/**
 * Runs the CLI on the given arguments and returns the exit code: 0 on success, 2 on a usage
 * error (one line on stderr).
 */
export function run(argv: readonly string[], io: CliIo, version: string): number {
  try {
    const { command, args, values } = parseArgv(argv);
    if (values.help) return io.stdout(help), 0;
    if (values.version) return io.stdout(`${version}\n`), 0;
    if (command === undefined) throw new UsageError(`missing command: try ${commandList} (see --help)`);
    const chosen = commands.get(command);
    if (!chosen) throw new UsageError(`unknown command '${command}': try ${commandList} (see --help)`);
    expectArgs(command, args, chosen.args.length);
    io.stdout(chosen.run(values, args, version));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${cliName}: ${error.message}\n`);
    return 2;
  }
}
