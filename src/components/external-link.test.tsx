import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink, safeHref } from './external-link';
import { validateBundle } from '../data/validate';
import { fixtureBundle } from '../testing/fixture-bundle';
import { SCRIPT_PAYLOADS, UNSAFE_URLS } from '../testing/hostile-strings';

const MORE_UNSAFE = [
  'vbscript:msgbox(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'ftp://example.org/x',
  '//evil.example/x',
  '/relative/path',
  'not a url',
  '',
  'blob:https://example.org/uuid',
];

describe('safeHref', () => {
  it.each([...UNSAFE_URLS, ...MORE_UNSAFE])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['https://example.org/"><script>x</script>', 'https://example.org/%22%3E%3Cscript%3Ex%3C/script%3E'],
  ])('keeps %j as an http(s) link', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe('ExternalLink', () => {
  it.each([...UNSAFE_URLS, ...MORE_UNSAFE])('shows %j as inert text, not a link', (url) => {
    const { container } = render(<ExternalLink href={url}>Source title</ExternalLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Source title').tagName).toBe('SPAN');
    expect(container.innerHTML).not.toContain('href');
  });

  it('opens http(s) links in a new tab without an opener or a referrer', () => {
    render(<ExternalLink href="https://www.moroccoworldnews.com/2017/10/x/">MWN</ExternalLink>);
    const link = screen.getByRole('link', { name: 'MWN' });
    expect(link).toHaveAttribute('href', 'https://www.moroccoworldnews.com/2017/10/x/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(SCRIPT_PAYLOADS)('renders the payload %j as text', (payload) => {
    const { container } = render(<ExternalLink href="https://example.org/">{payload}</ExternalLink>);
    expect(screen.getByRole('link')).toHaveTextContent(payload);
    expect(container.querySelector('script, img, svg, iframe, math')).toBeNull();
  });
});

describe('a bundle citing an unsafe source URL', () => {
  it.each([...UNSAFE_URLS, 'ftp://example.org/x', 'https://exa mple.org/'])(
    'is rejected at sources[1].url for %j',
    (url) => {
      const bundle = structuredClone(fixtureBundle());
      const second = bundle.sources[1];
      if (!second) throw new Error('the fixture has two sources');
      second.url = url;
      const result = validateBundle(bundle);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems).toEqual([
        { path: 'sources[1].url', message: expect.stringContaining('expected an http or https URL') },
      ]);
    },
  );
});
