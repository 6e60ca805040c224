import { fstatSync, readFileSync, statSync } from 'node:fs';

/**
 * Whether the process was started with its standard output closed (`>&-`). Node opens
 * `/dev/null` read-write on a closed standard descriptor, so the output would vanish without an
 * error; a shell's `> /dev/null` opens it write-only. Linux only (it reads `/proc/self/fdinfo`):
 * elsewhere, and whenever it cannot tell, the answer is `false`.
 */
export function stdoutClosed(): boolean {
  try {
    const stdout = fstatSync(1);
    const devNull = statSync('/dev/null');
    if (!stdout.isCharacterDevice() || stdout.rdev !== devNull.rdev) return false;
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    // O_ACCMODE is 3; O_RDWR is 2.
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}
