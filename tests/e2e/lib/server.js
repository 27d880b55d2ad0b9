// A static file server for the built app (dist/), started by the tests
// themselves on 127.0.0.1 with a free port.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root`; `routes` maps extra URL paths to { body, type } for tests
 * that need a same-origin file (a shared draft, for example).
 */
export async function startServer(root, routes = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const extra = routes[url.pathname];
    if (extra) {
      res.writeHead(200, { 'content-type': extra.type ?? 'application/octet-stream' });
      res.end(extra.body);
      return;
    }
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const index = await fs.readFile(path.join(root, 'index.html')).catch(() => null);
      if (index && !path.extname(file)) {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(index);
      } else {
        res.writeHead(404).end('not found');
      }
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
