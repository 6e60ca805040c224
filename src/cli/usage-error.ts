/** A usage error: the CLI prints its message on one line and exits with code 2. */
export class UsageError extends Error {}

/** Throws a usage error unless the command got exactly `count` positional arguments. */
export function expectArgs(command: string, args: readonly string[], count: number): void {
  if (args.length !== count) {
    const what = count === 0 ? 'no arguments' : `${count} argument`;
    throw new UsageError(`'${command}' takes ${what}, got ${args.length}`);
  }
}
