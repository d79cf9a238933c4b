import type { Plugin } from 'vite';

export declare const PRERENDER_ROUTES: string[];
export declare function prerender(options?: { routes?: string[] }): Plugin;
