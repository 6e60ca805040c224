// Serves the example pages (docs/examples/), the built package (dist/), the libraries the second
// page draws with (from node_modules/, so it works offline) and the documentation site that
// `npm run docs` builds (docs/api/), on 127.0.0.1, with Node's own http module. `npm run demo` runs
// it; the browser tests start it on a free port.
//
//   node scripts/demo-server.mjs [--port <n>] [--site <folder>]
//
// It is a development server, on the loopback address only, and it answers only what it serves:
// GET and HEAD (405 otherwise); a Host header other than the address it listens on is refused
// (421), so a web page cannot reach it through a rebound DNS name; a path that is not a well-formed
// escape is a 400; a file is served only if its real path (symbolic links resolved) lies in one of
// the served folders; redirects are built from the normalised path alone, so they never leave the
// server; an unreadable file is a 403 or a 500, and the server keeps serving.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));

/** Where the documentation site is served, and the folder `npm run docs` writes it to by default. */
export const sitePrefix = '/docs/api/';

/** The URL prefixes served, each from the folder of the same name under the root. */
const servedFolders = [
  '/docs/examples/',
  '/dist/',
  '/node_modules/leaflet/dist/',
  '/node_modules/vis-timeline/standalone/esm/',
  '/node_modules/vis-timeline/styles/',
  '/node_modules/cytoscape/dist/',
  '/node_modules/CETEIcean/dist/',
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  // A file without an extension, such as the LICENSE the site links to: shown, not downloaded.
  '': 'text/plain; charset=utf-8',
};

/** The served folders: URL prefix and absolute folder. */
function mountsOf(root, site) {
  return [
    ...servedFolders.map((prefix) => ({ prefix, folder: join(root, prefix) })),
    { prefix: sitePrefix, folder: site ?? join(root, sitePrefix), isSite: true },
  ];
}

/** `child` is `parent` or inside it (both absolute, resolved). */
function isWithin(parent, child) {
  const path = relative(parent, child);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** A path as a Location header: each segment percent-encoded, so it always stays on this server. */
function locationOf(path) {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The request's path, decoded and normalised (always starting with one `/`, no `.` or `..`
 * segment), or `undefined` when the request target is not an origin-form path or not well-formed.
 */
export function normalisedPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(target.replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return posix.normalize(decoded);
}

function send(response, status, text, headers = {}) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(`${text}\n`);
}

/** The answer to an error from the file system. */
function sendFileError(response, error) {
  if (error?.code === 'ENOENT' || error?.code === 'ENOTDIR') send(response, 404, 'not found');
  else if (error?.code === 'EACCES' || error?.code === 'EPERM') send(response, 403, 'forbidden: the file cannot be read');
  else send(response, 500, 'the file cannot be read');
}

async function answer(request, response, { mounts, hosts, origin }) {
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !hosts.has(host)) {
    send(response, 421, `this server answers only to ${origin}`);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'method not allowed: GET and HEAD only', { allow: 'GET, HEAD' });
    return;
  }
  const path = normalisedPath(request.url);
  if (path === undefined) {
    send(response, 400, 'bad request: the path is not a well-formed URL path');
    return;
  }
  if (path === '/') {
    send(response, 302, 'see /docs/examples/', { location: '/docs/examples/' });
    return;
  }
  const mount = mounts.find(({ prefix }) => path.startsWith(prefix) || `${path}/` === prefix);
  if (!mount) {
    send(response, 404, 'not found');
    return;
  }
  const file = join(mount.folder, path.slice(mount.prefix.length), path.endsWith('/') ? 'index.html' : '');
  let real;
  try {
    real = await realpath(file);
  } catch (error) {
    if (mount.isSite && error?.code === 'ENOENT' && !(await realpath(mount.folder).catch(() => undefined))) {
      send(response, 404, 'not found: the documentation site is not built; run `npm run docs`');
      return;
    }
    sendFileError(response, error);
    return;
  }
  const roots = await Promise.all(mounts.map(({ folder }) => realpath(folder).catch(() => undefined)));
  if (!roots.some((root) => root !== undefined && isWithin(root, real))) {
    send(response, 403, 'forbidden: the file lies outside the served folders');
    return;
  }
  let handle;
  try {
    // The real path has no link left to follow; O_NONBLOCK keeps a named pipe from blocking.
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    sendFileError(response, error);
    return;
  }
  let stats;
  try {
    stats = await handle.stat();
  } catch (error) {
    await handle.close();
    sendFileError(response, error);
    return;
  }
  if (stats.isDirectory() && !path.endsWith('/')) {
    await handle.close();
    // A folder asked for without its final slash, e.g. /docs/examples: send the browser to the
    // folder, so that the page's relative links resolve.
    send(response, 301, 'moved', { location: `${locationOf(path)}/` });
    return;
  }
  if (!stats.isFile()) {
    await handle.close();
    send(response, 404, 'not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(real).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stats.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    await handle.close();
    response.end();
    return;
  }
  // A read that fails half-way ends this response only (its length tells the client it is cut).
  pipeline(handle.createReadStream(), response, () => {});
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one); resolves with it, the example page's
 * address and the documentation site's address. `site` is the built documentation site (default
 * `docs/api/`), served at `/docs/api/`; `root` is the folder the other paths are served from (the
 * repository; the tests pass a scratch folder).
 */
export function startDemoServer(port = 0, { site, root = repositoryRoot } = {}) {
  const settings = { mounts: mountsOf(resolve(root), site === undefined ? undefined : resolve(site)), hosts: new Set(), origin: '' };
  const server = createServer((request, response) => {
    answer(request, response, settings).catch(() => {
      if (response.headersSent) response.destroy();
      else send(response, 500, 'internal error');
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      settings.origin = `http://127.0.0.1:${actual}`;
      settings.hosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`, ...(actual === 80 ? ['127.0.0.1', 'localhost'] : [])]);
      resolvePromise({ server, url: `${settings.origin}/docs/examples/`, siteUrl: `${settings.origin}${sitePrefix}` });
    });
  });
}

/** One line for the terminal, with control characters escaped. */
function printable(text) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function usageError(message) {
  console.error(`destalinisation-essay demo: ${printable(message)}; usage: node scripts/demo-server.mjs [--port <n>] [--site <folder>]`);
  process.exit(2);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, site: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    usageError(error.message.split('\n')[0]);
  }
  const portText = values.port ?? process.env.PORT ?? '4173';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) usageError(`the port must be a whole number from 0 to 65535, got "${portText}"`);
  const port = Number(portText);
  startDemoServer(port, { site: values.site }).then(
    ({ url, siteUrl }) =>
      console.log(`The example pages are served at ${url} and the documentation site (\`npm run docs\` builds it) at ${siteUrl} (Ctrl-C to stop).`),
    (error) => {
      console.error(`destalinisation-essay demo: cannot listen on port ${port}: ${printable(error.message)}`);
      process.exit(2);
    },
  );
}
