// What every browser benchmark shares: the static server for a build (dist/ by default) at
// /nested/app/, a headless Chromium launched the same way, and the summaries of timings.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const SERVER = new URL('../e2e/serve-subpath.mjs', import.meta.url).pathname;

/** Serves `dist` (the repository's dist/ when omitted) on `port`; resolves once it answers. */
export async function serve(port, dist) {
  const env = dist ? { ...process.env, DIST: dist } : process.env;
  const server = spawn('node', [SERVER, String(port)], { stdio: 'ignore', env });
  const base = `http://127.0.0.1:${port}/nested/app/`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(base);
      return { base, stop: () => server.kill() };
    } catch (error) {
      if (tries > 200 || server.exitCode !== null) {
        server.kill();
        throw new Error(`the server on port ${port} did not start: ${error.message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Headless Chromium with what would disturb timings (GPU, background networking) off. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Sorted copy of the timings with median, min and max. */
export function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], sorted: s };
}

/** "median … p95 … max … (n=…)" in milliseconds, one decimal. */
export function percentiles(xs) {
  const { sorted, max } = summary(xs);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)}  p95 ${at(0.95).toFixed(1)}  max ${max.toFixed(1)}  (n=${sorted.length})`;
}
