import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, minWidth } from './breakpoints';

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

describe('breakpoints', () => {
  it('builds min-width queries from the one set', () => {
    expect(minWidth('wide')).toBe(`(min-width: ${BREAKPOINTS.wide})`);
  });

  it('are the only widths the style sheets switch layout at', () => {
    const allowed = new Set(Object.values(BREAKPOINTS));
    const strays: string[] = [];
    for (const file of cssFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/@media[^{]*?(?:min|max)-width:\s*([\d.]+[a-z]+)/g)) {
        if (!allowed.has(match[1]!)) strays.push(`${file}: ${match[1]}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('are the only widths media queries in code use', () => {
    const strays: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx')) {
          for (const match of readFileSync(path, 'utf8').matchAll(/\((?:min|max)-width:\s*[\d.]+[a-z]+\)/g)) strays.push(`${path}: ${match[0]}`);
        }
      }
    };
    walk('src');
    expect(strays).toEqual([]);
  });
});
