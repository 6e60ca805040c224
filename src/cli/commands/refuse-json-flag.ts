import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';

/** Throws a usage error when `--json` is given with a format that is not JSON (BibLaTeX, Markdown). */
export function refuseJsonFlag(values: CliValues, format: string): void {
  if (values.json) throw new UsageError(`--json does not apply to --format ${format}, which is not JSON`);
}
