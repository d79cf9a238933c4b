import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './share-links';

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
