import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/** The build under test (see global-setup.ts). */
export const BUILD_DIR = process.env.E2E_DIST ?? 'dist';

/** A private copy of the build, so a test can add or change files without touching the shared one. */
export function copyBuild(from = BUILD_DIR): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pwa-build-'));
  cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface AppServer {
  url: string;
  port: number;
  /** Stops the server for good, so only the service worker can answer. */
  close: () => Promise<void>;
}

/** Serves a build folder with vite preview; port 0 picks a free one. */
export async function serveBuild(dir: string, port = 0): Promise<AppServer> {
  const server: PreviewServer = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { port, strictPort: port !== 0, open: false, host: 'localhost' },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}`,
    port: address.port,
    close: () => server.close(),
  };
}

/**
 * Resolves once a service worker is active and controls the page (its precache is then complete).
 * `clientsClaim` normally hands it the page as soon as it activates; when the page was loaded
 * while the worker was still installing and the hand-over did not come, the page is reloaded, as
 * a reader's next visit would be: a document loaded under an active worker is controlled from
 * its start. Throws with the registration's state rather than hanging.
 */
export async function waitForServiceWorker(page: Page, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let state = 'not checked';
  while (Date.now() < deadline) {
    state = await page.evaluate(async () => {
      const sw = navigator.serviceWorker;
      const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const active = await Promise.race([sw.ready.then(() => true), settle(8_000).then(() => false)]);
      if (sw.controller) return 'controlled';
      if (!active) {
        const reg = await sw.getRegistration();
        if (!reg) return 'not registered';
        return `not active yet (installing: ${String(Boolean(reg.installing))}, waiting: ${String(Boolean(reg.waiting))})`;
      }
      await Promise.race([
        new Promise((resolve) => sw.addEventListener('controllerchange', resolve, { once: true })),
        settle(5_000),
      ]);
      return sw.controller ? 'controlled' : 'active but not controlling';
    });
    if (state === 'controlled') return;
    if (state === 'active but not controlling' || state === 'not registered') await page.reload();
  }
  throw new Error(`the service worker did not take control within ${timeoutMs / 1000} s: ${state}`);
}

/** The paths listed in a build's precache manifest (sw.js). */
export function precachedPaths(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const start = sw.indexOf('precacheAndRoute(');
  const manifest = sw.slice(start, sw.indexOf(']', start));
  return [...new Set([...manifest.matchAll(/url:\s*"([^"]+)"/g)].map((m) => `/${m[1]}`))];
}

/** The paths the page's workbox precache holds right now. */
export async function cachedPrecachePaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
    if (!name) return [];
    const requests = await (await caches.open(name)).keys();
    return requests.map((request) => new URL(request.url).pathname);
  });
}

/**
 * Turns a copy of a build into "the next release": index.html gains a build
 * marker, and its revision in sw.js changes with it, as a real rebuild would.
 */
export function markAsNewRelease(dir: string, buildId: string): void {
  const indexPath = join(dir, 'index.html');
  const before = readFileSync(indexPath);
  const after = before.toString('utf8').replace('<html lang="en"', `<html lang="en" data-build="${buildId}"`);
  writeFileSync(indexPath, after);
  const md5 = (text: string | Buffer) => createHash('md5').update(text).digest('hex');
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const updated = sw.replace(`revision:"${md5(before)}"`, `revision:"${md5(after)}"`);
  if (updated === sw) throw new Error('index.html revision not found in sw.js');
  writeFileSync(swPath, updated);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
