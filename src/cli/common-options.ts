import { flag, type FlagOption } from './option.js';

/** `--json`: the records instead of the text listing. */
export function jsonFlag(what: string): FlagOption {
  return flag(`print ${what} as JSON`);
}
