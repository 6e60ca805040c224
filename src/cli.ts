import { version } from '../package.json';
import { run } from './cli/run.js';

process.exitCode = run(
  process.argv.slice(2),
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  version,
);
