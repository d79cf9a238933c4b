// The scale benchmark's bundle: the shipped bundle with its cell events
// repeated up to 10,000 and its countermeasures up to 5,000 (new ids, same
// sources), so it validates like real data.
export const SCALE = { events: 10_000, measures: 5_000 };

function repeat(records, count, tag) {
  return Array.from({ length: count }, (_, i) => {
    const record = records[i % records.length];
    const round = Math.floor(i / records.length);
    return round === 0 ? record : { ...record, id: `${record.id}-${tag}${round}` };
  });
}

export function bigBundle(bundle, scale = SCALE) {
  return {
    ...bundle,
    meta: { ...bundle.meta, version: `${bundle.meta.version}-bench-${scale.events}x${scale.measures}` },
    cellEvents: repeat(bundle.cellEvents, scale.events, 'e'),
    countermeasures: repeat(bundle.countermeasures, scale.measures, 'm'),
  };
}
