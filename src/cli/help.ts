import { essay } from '../index.js';
import { andList, commands, commandsTaking, commandUsage } from './commands/index.js';
import { cliOptions, type CliOptionName, flagUsage } from './options.js';

/** The command's name, as installed. */
export const cliName = 'destalinisation-essay';

const column = 30;
const line = (left: string, right: string) => `  ${left.padEnd(column - 1)}${right}`;

function optionLine(name: CliOptionName): string {
  const short = 'short' in cliOptions[name] ? `-${(cliOptions[name] as { short: string }).short}, ` : '';
  const owners = commandsTaking(name);
  const scope = owners.length === 0 || owners.length === commands.size ? '' : `${andList(owners)}: `;
  return line(`${short}${flagUsage(name)}`, `${scope}${cliOptions[name].help}`);
}

/** What `--help` prints, from the command and option tables. */
export const help = `Usage: ${cliName} <command> [options]

The essay "${essay.title}" (${essay.written}) as data.

Commands:
${[...commands].map(([name, command]) => line(commandUsage(name), command.summary)).join('\n')}

Options:
${(Object.keys(cliOptions) as CliOptionName[]).map(optionLine).join('\n')}
`;
