import { BASE_MAP } from './base-map.generated';

const RAD = Math.PI / 180;

/**
 * A place's position on the pre-projected base map: the same Mercator
 * (scale, translate) scripts/build-base-map.ts drew the countries with, so
 * d3-geo never ships. null when the point falls outside the map's frame.
 */
export function projectPlace(lon: number, lat: number): { x: number; y: number } | null {
  const { scale, tx, ty } = BASE_MAP.mercator;
  const x = scale * lon * RAD + tx;
  const y = -scale * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) + ty;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (x < 0 || y < 0 || x > BASE_MAP.width || y > BASE_MAP.height) return null;
  return { x, y };
}
