import { describe, expect, it } from 'vitest';
import { readText } from './support/data.js';

const manifest = JSON.parse(readText('package.json')) as Record<string, unknown> & { publishConfig?: Record<string, unknown> };
const release = readText('.github/workflows/release.yml');

/** Whether a workflow or manifest asks npm for provenance (a config key or environment variable). */
function asksForProvenance(workflow: string, publishConfig: Record<string, unknown> | undefined): boolean {
  const active = workflow
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  return /NPM_CONFIG_PROVENANCE\s*:\s*'?true|--provenance|id-token\s*:\s*write/i.test(active) || publishConfig?.['provenance'] === true;
}

describe('the package metadata', () => {
  it('names no repository, homepage or issue tracker until they have real addresses', () => {
    expect(Object.keys(manifest).filter((key) => ['repository', 'homepage', 'bugs'].includes(key))).toEqual([]);
  });

  it('publishes with provenance only when package.json names its repository', () => {
    expect(asksForProvenance(release, manifest.publishConfig) && manifest['repository'] === undefined).toBe(false);
    // The check can fail: the workflow as it was, with provenance and no repository.
    expect(asksForProvenance(`${release}\n          NPM_CONFIG_PROVENANCE: 'true'\n`, undefined)).toBe(true);
    expect(asksForProvenance('', { provenance: true })).toBe(true);
    expect(asksForProvenance('# NPM_CONFIG_PROVENANCE: true\n', undefined)).toBe(false);
  });

  it('asks for no npm newer than the one Node 20 ships (npm 10)', () => {
    const engines = manifest['engines'] as Record<string, string>;
    expect(engines['npm']).toBeUndefined();
    expect(manifest['packageManager']).toBeUndefined();
    expect(readText('README.md')).not.toMatch(/\bnpm 11\b(?!\.16)/);
  });
});
