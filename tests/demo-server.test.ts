import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { startDemoServer } from '../scripts/demo-server.mjs';

describe('the demo server', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const started = (await startDemoServer(0)) as { server: Server; url: string };
    server = started.server;
    origin = new URL(started.url).origin;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends /docs/examples (no final slash) to /docs/examples/, where the page is', async () => {
    const redirect = await fetch(`${origin}/docs/examples`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/docs/examples/');
    const page = await fetch(`${origin}/docs/examples/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
  });

  it('serves nothing outside the example page and the build', async () => {
    for (const path of ['/package.json', '/docs', '/src/index.ts', '/docs/examples/../../package.json', '/dist/../package.json']) {
      expect((await fetch(`${origin}${path}`, { redirect: 'manual' })).status, path).toBe(404);
    }
  });
});
