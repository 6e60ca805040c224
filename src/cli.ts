import { version } from '../package.json';
import { cliName } from './cli/cli-name.js';
import { run } from './cli/run.js';
import { stdoutClosed } from './cli/stdout-closed.js';

/**
 * A failed write: a reader that stops early (`… | head`) closes the pipe, which is not an error;
 * any other failure (a full disk, `> /dev/full`, a closed descriptor) is one line on stderr and
 * exit code 1.
 */
function writeFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`${cliName}: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(1);
}

if (stdoutClosed()) {
  process.stderr.write(`${cliName}: cannot write the output: standard output is closed\n`);
  process.exit(1);
}

process.stdout.on('error', writeFailed);

process.exitCode = run(
  process.argv.slice(2),
  {
    stdout: (text) => {
      // Writes to a file are synchronous and throw; writes to a pipe fail with an 'error' event.
      try {
        process.stdout.write(text);
      } catch (error) {
        writeFailed(error as NodeJS.ErrnoException);
      }
    },
    stderr: (text) => process.stderr.write(text),
  },
  version,
);
