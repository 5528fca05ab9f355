// A workshop's own server: one command on the facilitator's laptop serves the built app (dist/)
// and the live-session sync server (Hocuspocus) on one port of the room's network, so everyone
// on the same Wi-Fi opens one address and edits together, with no internet.
//
//   node scripts/live-server.mjs [--port 8787] [--host 0.0.0.0] [--dist dist]
//                                [--db .live/rooms.sqlite] [--redis 127.0.0.1:6379] [--no-app]
//
// Rooms are kept in SQLite, so a room survives a restart of this server. With --redis, several
// instances (on one machine or several, behind one address) share every room through Redis.
// Stops cleanly on Ctrl+C (SIGINT) or SIGTERM, storing what it holds first.
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import serveStatic from 'serve-static';

const DEFAULT_PORT = 8787; // src/live/room.rs DEFAULT_PORT: where the app looks by default
const MAX_FRAME_BYTES = 32 * 1024 * 1024; // above the app's own 24 MB update limit

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const port = Number(option('port', process.env.LIVE_PORT ?? DEFAULT_PORT));
const host = option('host', process.env.LIVE_HOST ?? '0.0.0.0');
const dist = resolve(root, option('dist', 'dist'));
const database = resolve(root, option('db', process.env.LIVE_DB ?? '.live/rooms.sqlite'));
const redis = option('redis', process.env.LIVE_REDIS);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`live-server: --port must be a port number, not "${option('port')}"`);
  process.exit(2);
}
if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });

const extensions = [new SQLite({ database })];
if (redis) {
  const { Redis } = await import('@hocuspocus/extension-redis');
  const [redisHost, redisPort] = redis.split(':');
  extensions.push(new Redis({ host: redisHost || '127.0.0.1', port: Number(redisPort || 6379) }));
}

// The app's files, with index.html for the bare address; anything else is a plain 404.
const app = flag('no-app') ? null : serveStatic(dist, { index: ['index.html'], fallthrough: true });

const server = new Server({
  port,
  address: host,
  quiet: true,
  // Rooms are written to SQLite shortly after each change, so a restart loses nothing.
  debounce: 200,
  maxDebounce: 1000,
  websocketOptions: { maxPayload: MAX_FRAME_BYTES },
  extensions,
  async onRequest({ request, response }) {
    if (!app) return;
    app(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    });
    // Rejecting with nothing tells Hocuspocus the request is answered.
    return Promise.reject();
  },
});

await server.listen();
const addresses = Object.values(networkInterfaces()).flat()
  .filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a.address);
const shown = host === '0.0.0.0' ? (addresses.length ? addresses : ['127.0.0.1']) : [host];
console.log(`live-server: ready on port ${port}${redis ? `, sharing rooms through Redis at ${redis}` : ''}`);
for (const address of shown) console.log(`  open http://${address}:${port}/`);
console.log(`  rooms kept in ${database}`);
