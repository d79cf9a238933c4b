// Follow-ups and the cells they follow up, both ways, so a later operation is
// read with its cell ("follow-up of …") and a cell lists its follow-ups.
import type { CellEvent } from '../../../data/schema';

export interface EventLinks {
  byId: ReadonlyMap<string, CellEvent>;
  /** Cell id -> the follow-up operations of that cell, oldest first as in the bundle. */
  followUps: ReadonlyMap<string, readonly CellEvent[]>;
}

export function eventLinks(events: readonly CellEvent[]): EventLinks {
  const byId = new Map(events.map((e) => [e.id, e]));
  const followUps = new Map<string, CellEvent[]>();
  for (const e of events) {
    if (e.followUpOf === undefined || !byId.has(e.followUpOf)) continue;
    followUps.set(e.followUpOf, [...(followUps.get(e.followUpOf) ?? []), e]);
  }
  return { byId, followUps };
}

export const NO_LINKS: EventLinks = { byId: new Map(), followUps: new Map() };
