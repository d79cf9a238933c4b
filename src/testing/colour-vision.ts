// Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009,
// severity 1.0, applied in linear RGB) and CIELAB distance, so the palette can
// be checked in a test rather than by eye.
type Rgb = [number, number, number];

const MACHADO: Record<'protanopia' | 'deuteranopia' | 'tritanopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
export type Deficiency = keyof typeof MACHADO | 'none';

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function hexToLinear(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [toLinear(parseInt(m[1] ?? '0', 16) / 255), toLinear(parseInt(m[2] ?? '0', 16) / 255), toLinear(parseInt(m[3] ?? '0', 16) / 255)];
}

function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  if (deficiency === 'none') return rgb;
  const m = MACHADO[deficiency];
  const row = (i: number) => {
    const r = m[i] ?? [0, 0, 0];
    return Math.min(1, Math.max(0, (r[0] ?? 0) * rgb[0] + (r[1] ?? 0) * rgb[1] + (r[2] ?? 0) * rgb[2]));
  };
  return [row(0), row(1), row(2)];
}

function toLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 distance between two colours as seen with a deficiency; about 10 or more reads as clearly different. */
export function perceivedDistance(a: string, b: string, deficiency: Deficiency): number {
  const la = toLab(simulate(hexToLinear(a), deficiency));
  const lb = toLab(simulate(hexToLinear(b), deficiency));
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}
