import { describe, expect, it } from 'vitest';
import { embedSnippet, embedSrc, embedUrl, FIXED_LIMITS, imageLinks } from './share-links';

describe('embed links', () => {
  it.each([
    ['', 'https://x.org/embed/fighters-composition'],
    ['?snapshot=bcij-2017-09&view=percent', 'https://x.org/embed/fighters-composition?snapshot=bcij-2017-09&view=percent'],
    ['?slide=3&theme=dark', 'https://x.org/embed/fighters-composition?theme=dark'],
  ])('carries the view state %j', (search, expected) => {
    expect(embedUrl('https://x.org', 'fighters-composition', search)).toBe(expected);
  });

  it('makes an iframe with a fixed-height fallback and a resize script bound to our origin', () => {
    const snippet = embedSnippet('https://x.org', 'timeline-events', '?from=2016-01&to=2016-12', 'Cells "dismantled"');
    expect(snippet).toContain('<iframe src="https://x.org/embed/timeline-events?from=2016-01&amp;to=2016-12"');
    expect(snippet).toContain('title="Cells &quot;dismantled&quot;"');
    expect(snippet).toContain('height="520"');
    expect(snippet).toContain('e.origin!=="https://x.org"');
  });
});

describe('embed sizes', () => {
  it('a slide is a compact 16:9 box', () => {
    const snippet = embedSnippet('https://x.org', 'fighters-outcomes', '?view=percent', 'T', 'slide');
    expect(snippet).toContain('src="https://x.org/embed/fighters-outcomes?view=percent&amp;mode=compact"');
    expect(snippet).toContain('aspect-ratio:16/9');
    expect(snippet).not.toContain('<script');
  });

  it('a fixed size is that size, compact when asked, and clamped to sane sides', () => {
    const compact = embedSnippet('https://x.org', 'timeline-events', '', 'T', { width: 800, height: 450 }, { compact: true });
    expect(compact).toContain('width="800" height="450"');
    expect(compact).toContain('mode=compact');
    const full = embedSnippet('https://x.org', 'timeline-events', '?mode=compact', 'T', { width: 50, height: 99999 });
    expect(full).toContain(`width="${FIXED_LIMITS.min}" height="${FIXED_LIMITS.max}"`);
    expect(full).not.toContain('mode=compact');
  });

  it('an article embed is never compact: it grows and shrinks with its content', () => {
    expect(embedSrc('https://x.org', 'a', '?mode=compact', 'article', { compact: true })).toBe('https://x.org/embed/a');
  });

  it('links the build-time fallback images', () => {
    expect(imageLinks('https://x.org', 'fighters-composition')).toEqual({
      png: 'https://x.org/images/fighters-composition.png',
      svg: 'https://x.org/images/fighters-composition.svg',
      slide: 'https://x.org/images/fighters-composition-slide.png',
    });
  });
});
