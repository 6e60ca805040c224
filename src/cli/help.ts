import { essay } from '../index.js';
import { cliName } from './cli-name.js';
import { type Command, commandUsage, helpOption } from './command.js';
import { flagUsage, type OptionSpec } from './option.js';

const column = 32;
const line = (indent: string, left: string, right: string) => `${indent}${left.padEnd(column - indent.length - 1)} ${right}`;

function optionLines(command: Command, indent: string): string[] {
  return Object.entries(command.options).map(([name, option]: [string, OptionSpec]) => line(indent, flagUsage(name, option), option.help));
}

/** What `help`, `--help` and `-h` print: every command with its options, from the commands' declarations. */
export function generalHelp(commands: readonly Command[]): string {
  const listed = commands.flatMap((command) => [line('  ', commandUsage(command), command.summary), ...optionLines(command, '      ')]);
  return `Usage: ${cliName} <command> [arguments] [options]

The essay "${essay.title}" (${essay.written}) as data.

Commands and their options:
${listed.join('\n')}
${line('  ', 'help [<command>]', 'this help, or one command’s')}

Every command also takes -h, --help: ${helpOption.help}.
Without a command:
${line('  ', '-h, --help', 'this help')}
${line('  ', '-v, --version', 'the version')}
`;
}

/** What `help <command>` and `<command> --help` print. */
export function commandHelp(command: Command): string {
  const options = optionLines(command, '  ');
  return `Usage: ${cliName} ${commandUsage(command)}${options.length > 0 ? ' [options]' : ''}

${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.

Options:
${[...options, line('  ', '-h, --help', helpOption.help)].join('\n')}
`;
}
