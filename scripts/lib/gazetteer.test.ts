import { describe, expect, it } from 'vitest';
import { buildIndex, matchPlace, nameCandidates, normaliseName, placeId, type GazetteerEntry } from './gazetteer';

const entry = (name: string, country: string, admin1: string | null, lat = 30, lon = -7): GazetteerEntry => ({
  name,
  country,
  admin1,
  lat,
  lon,
});

const index = buildIndex([
  entry('Fès', 'MA', 'Fes-Meknes', 34.03313, -5.00028),
  entry('Laayoune', 'EH', null, 27.1418, -13.18797),
  entry('Dakhla', 'EH', null, 23.68477, -15.95798),
  entry('Dakhla', 'MA', 'Souss-Massa', 30.41145, -9.55344),
  entry('Tan-Tan', 'MA', 'Guelmim-Oued Noun'),
  entry('Mdiq', 'MA', 'Tanger-Tetouan-Al Hoceima'),
  entry('Ceuta', 'ES', 'Ceuta'),
  entry('Ceuta', 'MX', null),
  entry('Sidi Ali', 'MA', 'Oriental'),
  entry('Sidi Ali', 'MA', 'Souss-Massa'),
  entry('Sidi Ali', 'MA', null),
  entry('Ouled Ali', 'MA', null, 33, -6),
  entry('Ouled Ali', 'MA', null, 32, -7),
]);

const q = (name: string, country = 'Morocco', region = '', altNames: string[] = []) => ({ name, country, region, altNames });

describe('normaliseName', () => {
  it.each([
    ['Laâyoune', 'laayoune'],
    ["M'diq", 'mdiq'],
    ['Tan-Tan', 'tan tan'],
    ['  Sidi  Yahya Zaër ', 'sidi yahya zaer'],
  ])('%s -> %s', (input, output) => expect(normaliseName(input)).toBe(output));
});

describe('nameCandidates', () => {
  it('tries the name, its alternatives, then the name without a bracketed gloss', () => {
    expect(nameCandidates({ name: 'Bouaboud (Chichaoua)', altNames: ['Bouabout'] })).toEqual([
      'Bouaboud (Chichaoua)',
      'Bouabout',
      'Bouaboud',
    ]);
  });
});

describe('matchPlace', () => {
  it.each<[string, ReturnType<typeof q>, string | null, string?]>([
    ['accents stripped', q('Fes'), 'Fès'],
    ['an apostrophe dropped', q("M'diq"), 'Mdiq'],
    ['a hyphen read as a space', q('Tan Tan'), 'Tan-Tan'],
    ['Morocco searched in GeoNames EH as well', q('Laâyoune'), 'Laayoune'],
    ['an alternative spelling', q('Fez', 'Morocco', '', ['Fès']), 'Fès'],
    ['the country keeps Ceuta in Spain', q('Ceuta', 'Spain', 'Ceuta'), 'Ceuta'],
    ['a namesake dropped by its region', q('Dakhla', 'Morocco', 'Dakhla-Oued Ed-Dahab'), 'Dakhla'],
    ['a name with no entry', q('Atlantis'), null, 'no GeoNames entry named "Atlantis"'],
    ['an unknown country', q('Lyon', 'Atlantis'), null, 'no GeoNames country code'],
    ['namesakes the region cannot tell apart', q('Ouled Ali', 'Morocco', 'Oriental'), null, '2 GeoNames entries'],
    ['the one namesake whose region is unknown, when the others are elsewhere', q('Sidi Ali', 'Morocco', 'Casablanca-Settat'), 'Sidi Ali'],
  ])('%s', (_name, query, expected, reason) => {
    const result = matchPlace(query, index);
    if (expected === null) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(reason);
    } else {
      expect(result.ok && result.entry.name).toBe(expected);
    }
  });

  it('takes the namesake in the sources region when one matches it', () => {
    const result = matchPlace(q('Sidi Ali', 'Morocco', 'Oriental'), index);
    expect(result.ok && result.entry.admin1).toBe('Oriental');
  });

  it('picks the EH Dakhla (no region known) over the MA one in another region', () => {
    const result = matchPlace(q('Dakhla', 'Morocco', 'Dakhla-Oued Ed-Dahab'), index);
    expect(result.ok && result.entry.country).toBe('EH');
  });
});

describe('placeId', () => {
  it.each([
    ['Laâyoune', 'Morocco', 'laayoune'],
    ["M'diq", 'Morocco', 'mdiq'],
    ['Ceuta', 'Spain', 'ceuta-spain'],
  ])('%s, %s -> %s', (name, country, id) => expect(placeId(name, country)).toBe(id));
});
