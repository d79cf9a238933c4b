import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { sourcesById } from '../../../data/sources';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { prepareEvents } from '../lib/filters';
import { EventList } from './event-list';
import { NO_LINKS } from '../lib/event-links';

/** 160 events: just past the size where the list is virtualised. */
function manyEvents() {
  const bundle = fixtureBundle();
  const base = bundle.cellEvents[0];
  if (!base) throw new Error('fixture has no event');
  const events = Array.from({ length: 160 }, (_, i) => ({ ...base, id: `event-${i}` }));
  return { events: prepareEvents(events), sources: sourcesById({ ...bundle, cellEvents: events }) };
}

describe('EventList', () => {
  it('puts every row in the page while printing, and goes back to a window of rows after', { timeout: 30_000 }, () => {
    const { events, sources } = manyEvents();
    render(
      <MemoryRouter>
        <EventList events={events} sources={sources} links={NO_LINKS} selected={null} scrollTo={null} onSelect={() => {}} labelledBy="x" />
      </MemoryRouter>,
    );
    const rows = () => screen.queryAllByRole('listitem').filter((li) => li.id.startsWith('event-')).length;
    expect(rows()).toBeLessThan(160);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(rows()).toBe(160);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(rows()).toBeLessThan(160);
  });
});
