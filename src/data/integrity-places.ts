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
    if (placeIds.has(place.id)) problems.push({ path: `places[${index}].id`, message: `duplicate id "${place.id}"` });
    placeIds.add(place.id);
  });
  bundle.cellEvents.forEach((event, index) => {
    event.places.forEach((place, placeIndex) => {
      if (place.placeId !== undefined && !placeIds.has(place.placeId)) {
        problems.push({
          path: `cellEvents[${index}].places[${placeIndex}].placeId`,
          message: `place id "${place.placeId}" is not in places`,
        });
      }
    });
  });
  bundle.regionalFigures.forEach((figure, index) => {
    if (figure.valueMax !== undefined && figure.valueMax < figure.value) {
      problems.push({
        path: `regionalFigures[${index}].valueMax`,
        message: `the top of the range (${figure.valueMax}) is below its bottom (${figure.value})`,
      });
    }
  });
  return problems;
}
