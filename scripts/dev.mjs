#!/usr/bin/env node
/**
 * `npm run dev`: the API in watch mode (port 3000) and the Vite dev server (port 5173, which
 * proxies /api to the API) side by side, their output prefixed with [api] and [web].
 * Ctrl-C stops both; when one of them stops on its own, the other is stopped too.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;

const services = [
  { name: 'api', color: 36, args: ['run', 'dev', '-w', 'apps/api'] },
  { name: 'web', color: 35, args: ['run', 'dev', '-w', 'apps/web'] },
];

const running = new Map();
let stopping = false;
let exitCode = 0;

function prefix({ name, color }) {
  return useColor ? `\x1b[${color}m[${name}]\x1b[0m ` : `[${name}] `;
}

function forward(stream, out, tag) {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${tag}${line}\n`));
}

/** Signal a service's whole process group (npm, tsx or vite, and their children). */
function signal(child, sig) {
  try {
    if (process.platform === 'win32') child.kill(sig);
    else process.kill(-child.pid, sig);
  } catch {
    // already gone
  }
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  for (const child of running.values()) signal(child, 'SIGTERM');
  // whatever has not stopped after five seconds is killed
  setTimeout(() => {
    for (const child of running.values()) signal(child, 'SIGKILL');
  }, 5000).unref();
}

for (const service of services) {
  const tag = prefix(service);
  const child = spawn(npm, service.args, {
    cwd: root,
    // stdin is not shared: a service in its own process group must not read the terminal
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
    env: { ...process.env, ...(useColor ? { FORCE_COLOR: '1' } : {}) },
  });
  running.set(service.name, child);
  forward(child.stdout, process.stdout, tag);
  forward(child.stderr, process.stderr, tag);
  child.on('error', (err) => {
    process.stderr.write(`${tag}could not start: ${err.message}\n`);
    running.delete(service.name);
    stopAll(1);
  });
  child.on('exit', (code, sig) => {
    running.delete(service.name);
    if (!stopping) process.stderr.write(`${tag}stopped (${sig ?? `exit code ${code}`}); stopping the others\n`);
    stopAll(code ?? 1);
    if (running.size === 0) process.exit(exitCode);
  });
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => stopAll(0));
}
