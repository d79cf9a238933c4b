import { describe, expect, it } from 'vitest';
import type { CellEvent } from '../../../data/schema';
import { eventLinks } from './event-links';

const e = (id: string, followUpOf?: string): CellEvent => ({
  id,
  date: '2016-10',
  approximate: false,
  places: [],
  arrested: 1,
  laterArrests: null,
  affiliation: 'isis',
  agencies: [],
  partners: [],
  details: 'x',
  sources: ['s'],
  ...(followUpOf ? { followUpOf } : {}),
});

describe('eventLinks', () => {
  it.each<[string, CellEvent[], Record<string, string[]>]>([
    ['none', [e('a'), e('b')], {}],
    ['one follow-up', [e('a'), e('b', 'a')], { a: ['b'] }],
    ['two follow-ups of one cell', [e('a'), e('b', 'a'), e('c', 'a')], { a: ['b', 'c'] }],
    ['a dangling link is ignored', [e('b', 'gone')], {}],
  ])('%s', (_name, events, expected) => {
    const links = eventLinks(events);
    expect(Object.fromEntries([...links.followUps].map(([k, v]) => [k, v.map((x) => x.id)]))).toEqual(expected);
    expect(links.byId.size).toBe(events.length);
  });
});
