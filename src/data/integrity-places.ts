import { t } from '../i18n/i18n';
import type { Bundle } from './schema';

interface Problem {
  path: string;
  message: string;
}

/**
 * Checks for the `places`, `regionalFigures` and `populations` sections (issue 18):
 * place ids unique and every event's placeId resolving; a range's top not below
 * its bottom; one population per country and year, so a per-million figure has
 * one denominator.
 */
export function checkPlacesAndRegion(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  const placeIds = new Set<string>();
  bundle.places.forEach((place, index) => {
    if (placeIds.has(place.id)) problems.push({ path: `places[${index}].id`, message: t('data.integrity.duplicateId', { id: place.id }) });
    placeIds.add(place.id);
  });
  bundle.cellEvents.forEach((event, index) => {
    event.places.forEach((place, placeIndex) => {
      if (place.placeId !== undefined && !placeIds.has(place.placeId)) {
        problems.push({
          path: `cellEvents[${index}].places[${placeIndex}].placeId`,
          message: t('data.integrity.placeMissing', { id: place.placeId }),
        });
      }
    });
  });
  bundle.regionalFigures.forEach((figure, index) => {
    if (figure.valueMax !== undefined && figure.valueMax < figure.value) {
      problems.push({
        path: `regionalFigures[${index}].valueMax`,
        message: t('data.integrity.rangeTopBelowBottom', { top: String(figure.valueMax), bottom: String(figure.value) }),
      });
    }
  });
  const firstPopulation = new Map<string, number>();
  bundle.populations.forEach((population, index) => {
    const key = `${population.country} ${population.date.slice(0, 4)}`;
    const first = firstPopulation.get(key);
    if (first === undefined) {
      firstPopulation.set(key, index);
      return;
    }
    problems.push({
      path: `populations[${index}].date`,
      message: `a second population for ${population.country} in ${population.date.slice(0, 4)} (the first is populations[${first}]); per-million figures need one population per country and year`,
    });
  });
  return problems;
}
