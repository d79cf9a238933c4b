import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built app (dist/) on a free local port for the browser tests. */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  server = await preview({ preview: { port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseURL', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}
