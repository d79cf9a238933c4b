// Renders a .pptx with LibreOffice and checks every page: as many pages as the
// deck has slides, and none of them blank.
//
//   node scripts/verify-pptx.mjs deck.pptx [outdir]
//
// Needs `soffice` (LibreOffice Impress) and `pdftoppm` (poppler-utils):
//   apt-get install -y libreoffice-impress poppler-utils
// Leaves OUT/deck.pdf and OUT/page-N.png (60 dpi) to look at; OUT defaults to
// a new folder under the system temp directory.
//
// Exit codes: 0 all pages fine, 1 a page is blank or the page count is wrong,
// 2 a tool is missing or the conversion failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';

const INSTALL = 'apt-get install -y libreoffice-impress poppler-utils';
/** A page whose non-background pixels are below this share counts as blank. */
const MIN_INK = 0.001;
/** The middle band of a page (where a chart slide has its chart), as shares of the height. */
const MIDDLE = [0.25, 0.8];

function onPath(tool) {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
}

function fail(message, code) {
  console.error(message);
  process.exit(code);
}

// ---------------------------------------------------------------- PNG decoding (8-bit, non-interlaced)

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** { width, height, channels, pixels } with the filters undone. */
function decodePng(buffer) {
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      const colourType = data[9];
      const interlace = data[12];
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType] ?? 0;
      if (depth !== 8 || !channels || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[dst + x - channels] : 0;
      const up = y > 0 ? pixels[dst - stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[dst - stride + x - channels] : 0;
      const value = raw[src + x];
      let out;
      if (filter === 0) out = value;
      else if (filter === 1) out = value + left;
      else if (filter === 2) out = value + up;
      else if (filter === 3) out = value + ((left + up) >> 1);
      else if (filter === 4) out = value + paeth(left, up, upLeft);
      else throw new Error(`bad PNG filter ${filter}`);
      pixels[dst + x] = out & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** The most common colour is the background; returns the share of other pixels and the distinct colours. */
function inkShare({ width, height, channels, pixels }, band = [0, 1]) {
  const counts = new Map();
  const rgbAt = (i) => {
    const p = i * channels;
    if (channels < 3) return pixels[p] * 0x10101;
    return (pixels[p] << 16) | (pixels[p + 1] << 8) | pixels[p + 2];
  };
  const total = width * height;
  for (let i = 0; i < total; i++) {
    const c = rgbAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let background = 0;
  let best = -1;
  for (const [c, n] of counts) {
    if (n > best) {
      best = n;
      background = c;
    }
  }
  const br = (background >> 16) & 255;
  const bg = (background >> 8) & 255;
  const bb = background & 255;
  let ink = 0;
  const from = Math.floor(height * band[0]) * width;
  const to = Math.ceil(height * band[1]) * width;
  for (let i = from; i < to; i++) {
    const c = rgbAt(i);
    // Anti-aliasing noise a step or two off the background is not ink.
    const d = Math.abs(((c >> 16) & 255) - br) + Math.abs(((c >> 8) & 255) - bg) + Math.abs((c & 255) - bb);
    if (d > 24) ink++;
  }
  return { share: to > from ? ink / (to - from) : 0, colours: counts.size, background };
}

// ---------------------------------------------------------------- main

async function slideCount(deck) {
  const zip = await JSZip.loadAsync(readFileSync(deck));
  return Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
}

function pdfPages(pdf) {
  if (onPath('pdfinfo')) {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const m = /^Pages:\s+(\d+)/m.exec(info);
    if (m) return Number(m[1]);
  }
  // Without poppler: count page objects (not the /Pages tree nodes).
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function main() {
  const [deckArg, outArg] = process.argv.slice(2);
  if (!deckArg) fail('usage: node scripts/verify-pptx.mjs deck.pptx [outdir]', 2);
  const deck = resolve(deckArg);
  if (!existsSync(deck)) fail(`${deck}: no such file`, 2);
  for (const tool of ['soffice', 'pdftoppm']) {
    if (!onPath(tool))
      fail(`${tool} is not on PATH. Install LibreOffice Impress and poppler-utils:\n  ${INSTALL}`, 2);
  }
  const out = outArg ? resolve(outArg) : mkdtempSync(join(tmpdir(), 'verify-pptx-'));
  mkdirSync(out, { recursive: true });

  const slides = await slideCount(deck);

  // A private LibreOffice profile: a running soffice or a stale lock does not block the conversion.
  const profile = mkdtempSync(join(tmpdir(), 'verify-pptx-profile-'));
  const convert = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, deck],
    { encoding: 'utf8', timeout: 300_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  const pdf = join(out, basename(deck).replace(/\.pptx$/i, '') + '.pdf');
  if (convert.status !== 0 || !existsSync(pdf)) {
    fail(
      `soffice could not convert ${deck}:\n${convert.stdout ?? ''}${convert.stderr ?? ''}${convert.error ?? ''}`,
      2,
    );
  }

  const pages = pdfPages(pdf);
  for (const f of readdirSync(out)) if (/^page-\d+\.png$/.test(f)) rmSync(join(out, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'page')]);
  const pngs = readdirSync(out)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));

  let ok = true;
  for (const f of pngs) {
    const image = decodePng(readFileSync(join(out, f)));
    const { share, colours } = inkShare(image);
    const middle = inkShare(image, MIDDLE).share;
    const blank = share < MIN_INK;
    if (blank) ok = false;
    // An empty middle is reported (a chart that did not draw), not failed: a text-only slide has one too.
    const status = blank ? 'BLANK' : middle < MIN_INK ? 'WARN ' : 'ok   ';
    console.log(
      `${status} ${join(out, f)}: ${image.width}x${image.height}, ` +
        `${(share * 100).toFixed(1)}% non-background pixels (middle band ${(middle * 100).toFixed(1)}%), ${colours} colours` +
        (status === 'WARN ' ? ', nothing drawn in the middle' : ''),
    );
  }
  const countOk = pages === slides && pngs.length === slides;
  if (!countOk) ok = false;
  console.log(
    `${countOk ? 'ok   ' : 'FAIL '} ${basename(deck)}: ${slides} slides, ${pages} PDF pages, ${pngs.length} page images (${pdf})`,
  );
  process.exit(ok ? 0 : 1);
}

await main();
