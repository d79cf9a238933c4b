import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { SECURITY_HEADERS } from '../../../security-headers';

/** The build served with the production security headers, on a free port. */
export async function serveWithSecurityHeaders(outDir = process.env.E2E_DIST ?? 'dist') {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false, host: 'localhost', headers: SECURITY_HEADERS },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => server.close() };
}

/** Records every CSP violation in every frame, from the first byte of each document. */
export async function recordCspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: log });
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  const frames = page.frames();
  const lists = await Promise.all(
    frames.map((frame) =>
      frame
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []),
    ),
  );
  return lists.flat();
}

/**
 * One HTML page on 127.0.0.1 (another origin than the app's localhost), e.g. a site that
 * embeds a chart; `files` also serves a folder under a prefix (a slide deck's library).
 */
export async function serveHtml(
  html: string,
  files?: { prefix: string; dir: string },
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (files && path.startsWith(files.prefix)) {
      try {
        const body = readFileSync(join(files.dir, path.slice(files.prefix.length).replace(/\.\./g, '')));
        response.writeHead(200, { 'content-type': path.endsWith('.css') ? 'text/css' : 'text/javascript' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        // Chrome keeps connections alive; without this, close() waits for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
