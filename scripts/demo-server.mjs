// Serves the example pages (docs/examples/), the built package (dist/) and the libraries the
// second page draws with (from node_modules/, so it works offline) on localhost, with Node's own
// http module. `npm run demo` runs it; the browser tests start it on a free port.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const served = [
  'docs/examples/',
  'dist/',
  'node_modules/leaflet/dist/',
  'node_modules/vis-timeline/standalone/esm/',
  'node_modules/vis-timeline/styles/',
  'node_modules/cytoscape/dist/',
  'node_modules/CETEIcean/dist/',
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** Starts the server on 127.0.0.1 (port 0 picks a free one); resolves with it and its address. */
export function startDemoServer(port = 0) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      response.writeHead(302, { location: '/docs/examples/' });
      response.end();
      return;
    }
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    const allowed = served.some((dir) => `${relative.split(sep).join('/')}/`.startsWith(dir)) && !relative.includes('..');
    let file;
    try {
      file = allowed ? `${root}${relative}` : undefined;
      if (file && statSync(file).isDirectory()) {
        // A folder asked for without its final slash, e.g. /docs/examples: send the browser to
        // the folder, so that the page's relative links resolve.
        response.writeHead(301, { location: `${path}/` });
        response.end();
        return;
      }
      if (file && !statSync(file).isFile()) file = undefined;
    } catch {
      file = undefined;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/docs/examples/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  startDemoServer(port).then(
    ({ url }) => console.log(`The example page is served at ${url} (Ctrl-C to stop)`),
    (error) => {
      console.error(`destalinisation-essay demo: cannot listen on port ${port}: ${error.message}`);
      process.exit(2);
    },
  );
}
