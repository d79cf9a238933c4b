import { t } from '../i18n/i18n';
import type { Bundle } from './schema';

interface Problem {
  path: string;
  message: string;
}

/**
 * Checks for the `places` and `regionalFigures` sections (issue 18): place ids
 * unique and every event's placeId resolving; a range's top not below its bottom.
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
  return problems;
}
