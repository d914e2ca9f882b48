// A plain static file server for the built page, under any path prefix: what a GitHub Pages
// project site or an intranet folder does, with no rewriting and no special headers.
// Usage: node scripts/static-server.mjs [--port 4174] [--prefix /shardscope/] [--dir dist]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4174' },
    prefix: { type: 'string', default: '/shardscope/' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.dir);
const prefix = values.prefix.endsWith('/') ? values.prefix : `${values.prefix}/`;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!path.startsWith(prefix)) {
    response.writeHead(404).end('not under the prefix');
    return;
  }
  const relative = path.slice(prefix.length) || 'index.html';
  const file = normalize(join(root, relative));
  try {
    if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
  } catch {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}).listen(Number(values.port), '127.0.0.1');
