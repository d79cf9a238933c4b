import { describe, expect, it } from 'vitest';
import { matchesTerms, normalise, queryTerms } from './search';

describe('normalise', () => {
  it.each([
    ['Éducation', 'education'],
    ['  Réforme   de  l’école ', "reforme de l'ecole"],
    ['PRISON', 'prison'],
    ['Sécurité MAGHRÉBINE', 'securite maghrebine'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('search terms', () => {
  it.each([
    ['education reform', 'educational reform for critical thinking', true],
    ['ÉDUCATION', 'educational reform', true],
    ['reform education', 'educational reform', true],
    ['prison', 'educational reform', false],
    ['  ', 'anything', true],
    ['eu ministers', 'eu interior and justice ministers', true],
    ['ministers eu-x', 'eu interior and justice ministers', false],
  ])('query %j in %j: %s', (query, text, expected) => {
    expect(matchesTerms(normalise(text), queryTerms(query))).toBe(expected);
  });
});
