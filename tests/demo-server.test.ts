/**
 * The demo server (`npm run demo`): what it serves, and what it refuses. Every request goes to
 * 127.0.0.1 through a raw `http.request`, so that a path is sent exactly as written (no client-side
 * normalisation) and the Host header can be set; each request is bounded by a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { normalisedPath, startDemoServer } from '../scripts/demo-server.mjs';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * Sends one request with the path and Host exactly as given (`null`: no Host header); rejects after
 * 10 s without an answer.
 */
function rawRequest(port: number, path: string, { method = 'GET', host = `127.0.0.1:${port}` as string | null } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = host === null ? {} : { host };
    const sent = request({ host: '127.0.0.1', port, method, path, headers, setHost: false, timeout: 10_000, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      response.on('error', reject);
    });
    sent.on('timeout', () => sent.destroy(new Error(`no answer to ${method} ${path}`)));
    sent.on('error', reject);
    sent.end();
  });
}

function portOf(server: Server): number {
  return (server.address() as { port: number }).port;
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * A scratch root laid out like the repository: an example page, a build, a documentation site,
 * a folder that is not served, and links from the served folders to inside and outside them.
 */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'destalinisation-demo-'));
  chmodSync(root, 0o755);
  for (const dir of ['docs/examples', 'docs/api', 'dist', 'outside']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'docs/examples/index.html'), '<!doctype html><html><title>example</title></html>\n');
  writeFileSync(join(root, 'docs/api/index.html'), '<!doctype html><html><title>site</title></html>\n');
  writeFileSync(join(root, 'dist/index.js'), 'export const built = true;\n');
  writeFileSync(join(root, 'outside/hostname'), 'a file outside the served folders\n');
  symlinkSync(join(root, 'outside'), join(root, 'dist/x'));
  symlinkSync(join(root, 'outside/hostname'), join(root, 'docs/examples/hostname.js'));
  symlinkSync(join(root, 'docs/examples/index.html'), join(root, 'dist/page.html'));
  return root;
}

describe('the demo server on the repository', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const started = (await startDemoServer(0)) as { server: Server; url: string };
    server = started.server;
    origin = new URL(started.url).origin;
  });
  afterAll(() => stop(server));

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
    for (const path of [
      '/docs/examples/../../package.json',
      '/dist/%2e%2e/package.json',
      '/docs/examples/..%2F..%2Fpackage.json',
      '/docs/api/../../package.json',
    ]) {
      expect((await rawRequest(portOf(server), path)).status, path).toBe(404);
    }
  });

  it('serves the example pages with their favicon', async () => {
    const icon = await rawRequest(portOf(server), '/docs/examples/favicon.svg');
    expect([icon.status, icon.headers['content-type']]).toEqual([200, 'image/svg+xml']);
    expect(icon.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe('the demo server, on a scratch root', () => {
  let root = '';
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    root = scratchRoot();
    server = ((await startDemoServer(0, { root })) as { server: Server }).server;
    port = portOf(server);
  });
  afterAll(async () => {
    await stop(server);
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a malformed escape with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/docs/examples/%ZZ', '/docs/examples/%C0%AF', '/docs/examples/a%00.html']) {
      const answer = await rawRequest(port, path);
      expect(answer.status, path).toBe(400);
      expect(answer.body).toMatch(/^bad request/);
    }
    expect((await rawRequest(port, '/docs/examples/')).status).toBe(200);
  });

  it('builds a redirect from the normalised path only, so it never leaves the server', async () => {
    const paths = [
      '/%2Fevil.example%2F..%2Fdocs/examples',
      '/%2F%2Fevil.example/..%2F..%2Fdocs/examples',
      '/%5Cevil.example%2F..%2Fdocs/examples',
      '//evil.example/../docs/examples',
      '/docs/./examples',
    ];
    for (const path of paths) {
      const answer = await rawRequest(port, path);
      expect([answer.status, answer.headers.location], path).toEqual([301, '/docs/examples/']);
    }
    // A folder with characters a URL must escape: its redirect is escaped too.
    mkdirSync(join(root, 'docs/examples/a b\\c'));
    const escaped = await rawRequest(port, '/docs/examples/a%20b%5Cc');
    expect([escaped.status, escaped.headers.location]).toEqual([301, '/docs/examples/a%20b%5Cc/']);
    const home = await rawRequest(port, '/');
    expect([home.status, home.headers.location]).toEqual([302, '/docs/examples/']);
  });

  it('refuses a file whose real path lies outside the served folders, and serves links within them', async () => {
    for (const path of ['/dist/x/hostname', '/dist/x', '/docs/examples/hostname.js']) {
      const answer = await rawRequest(port, path);
      expect(answer.status, path).toBe(403);
      expect(answer.body).not.toContain('a file outside');
    }
    expect((await rawRequest(port, '/outside/hostname')).status).toBe(404);
    const inside = await rawRequest(port, '/dist/page.html');
    expect([inside.status, inside.body]).toEqual([200, '<!doctype html><html><title>example</title></html>\n']);
  });

  it('answers GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const answer = await rawRequest(port, '/docs/examples/', { method });
      expect([answer.status, answer.headers.allow], method).toEqual([405, 'GET, HEAD']);
    }
    const head = await rawRequest(port, '/dist/index.js', { method: 'HEAD' });
    expect([head.status, head.headers['content-type'], head.headers['content-length'], head.body]).toEqual([200, 'text/javascript; charset=utf-8', '27', '']);
  });

  it('refuses a Host other than the loopback address and port it listens on', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1 === 65536 ? 1 : port + 1}`, `127.0.0.1.evil.example:${port}`, '']) {
      const answer = await rawRequest(port, '/docs/examples/', { host });
      expect(answer.status, String(host)).toBe(421);
      expect(answer.body).toBe(`this server answers only to http://127.0.0.1:${port}\n`);
    }
    // No Host at all (HTTP/1.1 requires one): Node's own 400.
    expect((await rawRequest(port, '/docs/examples/', { host: null })).status).toBe(400);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await rawRequest(port, '/docs/examples/', { host })).status, host).toBe(200);
    }
  });

  it('serves the documentation site at /docs/api/, from any folder it is given', async () => {
    const site = await rawRequest(port, '/docs/api/');
    expect([site.status, site.body]).toEqual([200, '<!doctype html><html><title>site</title></html>\n']);
    expect((await rawRequest(port, '/docs/api')).headers.location).toBe('/docs/api/');

    const elsewhere = mkdtempSync(join(tmpdir(), 'destalinisation-demo-site-'));
    writeFileSync(join(elsewhere, 'index.html'), 'elsewhere\n');
    const other = ((await startDemoServer(0, { root, site: elsewhere })) as { server: Server }).server;
    try {
      expect((await rawRequest(portOf(other), '/docs/api/')).body).toBe('elsewhere\n');
      // A site that is not built says how to build it.
      rmSync(elsewhere, { recursive: true, force: true });
      const missing = await rawRequest(portOf(other), '/docs/api/');
      expect([missing.status, missing.body]).toEqual([404, 'not found: the documentation site is not built; run `npm run docs`\n']);
    } finally {
      await stop(other);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('normalises a request path, or gives undefined for a path it cannot read', () => {
    expect(normalisedPath('/a/%2E%2E/b/./c?x=/../..#f')).toBe('/b/c');
    expect(normalisedPath('/%2F%2Fevil.example')).toBe('/evil.example');
    expect(normalisedPath('//evil.example/x')).toBe('/evil.example/x');
    for (const target of ['/%', 'http://evil.example/', '*', '', '/%00']) expect(normalisedPath(target), target).toBeUndefined();
  });
});

describe('the demo server and a file it cannot read', () => {
  // The server runs in a process of its own, as an unprivileged user when the tests run as root
  // (root reads any file), so that opening the file fails as it does for a user.
  let root = '';
  let child: ChildProcess | undefined;
  let port = 0;
  beforeAll(async () => {
    root = scratchRoot();
    writeFileSync(join(root, 'docs/examples/locked.js'), 'no one may read this\n');
    chmodSync(join(root, 'docs/examples/locked.js'), 0o000);
    const script = pathToFileURL(fileURLToPath(new URL('../scripts/demo-server.mjs', import.meta.url))).href;
    const code = `const { startDemoServer } = await import(${JSON.stringify(script)}); const { server } = await startDemoServer(0, { root: ${JSON.stringify(root)} }); console.log(server.address().port);`;
    const asRoot = process.getuid?.() === 0;
    child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'inherit'],
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    const started = child;
    port = await new Promise<number>((resolve, reject) => {
      createInterface({ input: started.stdout! }).once('line', (line) => resolve(Number(line)));
      started.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
      started.once('error', reject);
    });
  });
  afterAll(() => {
    if (child?.exitCode === null) child.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 403 and keeps serving', async () => {
    const locked = await rawRequest(port, '/docs/examples/locked.js');
    expect([locked.status, locked.body]).toEqual([403, 'forbidden: the file cannot be read\n']);
    expect((await rawRequest(port, '/docs/examples/')).status).toBe(200);
    expect(child?.exitCode).toBeNull();
  });
});
