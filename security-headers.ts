// HTTP response headers for every response of the built app (vite preview
// and any static host). README.md "Hosting" explains each choice; the browser
// test tests/e2e/privacy.spec.ts serves the build with exactly these headers
// and fails on any Content-Security-Policy violation.

const policy = (connectSrc: string) => [
  "default-src 'self'",
  // Vite emits only external module scripts: no inline script, no eval.
  "script-src 'self'",
  // Stylesheets are files. React and Recharts set style *properties* through
  // the CSSOM, which CSP does not govern, so no 'unsafe-inline' is needed.
  "style-src 'self'",
  // PNG export draws the chart SVG from a blob: URL; icons are files.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // ?data= may load a bundle from the same origin or any https origin that allows CORS.
  `connect-src ${connectSrc}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "media-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // Embeds (/embed/<id>) exist to be framed by other sites; the app has no
  // state-changing action a framing page could trick a reader into.
  'frame-ancestors *',
].join('; ');

const others = {
  // Source links open other sites; they learn nothing about which view linked them.
  'Referrer-Policy': 'no-referrer',
  // A bundle served as text/plain is still parsed by the app, but never sniffed as script or HTML.
  'X-Content-Type-Options': 'nosniff',
  // The app uses none of these; a framing page cannot delegate them to it either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** The headers for a public host: README "Hosting" documents exactly these. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy("'self' https:"),
  ...others,
};

/**
 * `vite preview` (npm start, and the browser tests) on an author's own machine:
 * the same, except that ?data= may also read a bundle from a plain-http server
 * on localhost, where authors check a bundle before publishing it. A public
 * host does not get this: it would let any link make a reader's browser probe
 * servers on the reader's own machine.
 */
export const LOCAL_PREVIEW_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy("'self' https: http://localhost:* http://127.0.0.1:*"),
  ...others,
};
