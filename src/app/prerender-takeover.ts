/**
 * The build saves each main route's first screen as static HTML
 * (scripts/prerender.mjs), so headline numbers and text paint before any
 * JavaScript runs. React does not hydrate that copy. It renders into #root
 * while #root is out of the document, and once the live view has its heading
 * and nothing left loading, the static copy is replaced by it in one step:
 * the markup is the same, so nothing shifts, and there is only ever one copy
 * in the page. Focus, clicks and changed fields from the static phase carry
 * over to the matching elements of the live view. Chart pictures saved in the
 * copy are filed for the live charts first (src/charts/static-plots.ts).
 *
 * A static copy made for another address (index.html answers every deep
 * link) or another state (any query string, e.g. ?data= or filters) is hidden
 * before the first paint by the page's guard script and dropped here.
 */

import { fileStaticPlots } from '../charts/static-plots';

/** Set on <html> once the live view is shown; the prerender step and the benchmark wait for it. */
const APP_READY_ATTRIBUTE = 'data-app-ready';
/** Set on <html> by the guard script when the static copy does not match the address. */
const STALE_ATTRIBUTE = 'data-prerendered-stale';
const STATIC_SELECTOR = '[data-prerendered]';
/** A view stuck loading still becomes live (and shows its own loading state) after this. */
const TAKEOVER_TIMEOUT_MS = 10_000;

/** What the guard script recorded on the static copy: a child-index path and, for fields, the value. */
interface StaticEvent {
  type: 'click' | 'change';
  path: number[];
  value?: string;
  checked?: boolean;
}

declare global {
  interface Window {
    __prerenderedEvents?: StaticEvent[];
  }
}

/** The live view is ready when its page heading is there and nothing is still loading. */
function isReady(root: HTMLElement): boolean {
  return root.querySelector('h1') !== null && root.querySelector('[aria-busy="true"]') === null;
}

// Where the phone and desktop layouts differ, the static copy holds both versions
// of an element side by side (.prerender-narrow then .prerender-wide); the pair
// stands for the one element of the live view.
const WIDE_TWIN = 'prerender-wide';
const countedChildren = (parent: Element) => [...parent.children].filter((c) => !c.classList.contains(WIDE_TWIN));

function pathWithin(container: Element, node: Element): number[] | null {
  const path: number[] = [];
  let current: Element | null = node;
  while (current && current !== container) {
    const parent: Element | null = current.parentElement;
    if (!parent) return null;
    const counted = current.classList.contains(WIDE_TWIN) ? current.previousElementSibling : current;
    path.unshift(counted ? countedChildren(parent).indexOf(counted) : -1);
    current = parent;
  }
  return current === container ? path : null;
}

function elementAt(container: Element, path: number[]): Element | null {
  let current: Element | null = container;
  for (const index of path) current = (current && countedChildren(current)[index]) ?? null;
  return current;
}

/** Sets a field's value the way typing would, so React's onChange sees it. */
function replayChange(field: Element, event: StaticEvent) {
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    if (field.checked !== event.checked) field.click();
    return;
  }
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  setter?.call(field, event.value ?? '');
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function replay(live: HTMLElement, events: StaticEvent[]) {
  for (const event of events) {
    const target = elementAt(live, event.path);
    if (!target) continue;
    if (event.type === 'change') replayChange(target, event);
    // Links in the static copy navigate by themselves; a click on anything else had no effect yet.
    else if (target instanceof HTMLElement && !target.closest('a[href]')) target.click();
  }
}

/**
 * Call before React first renders. Returns the element to render into: #root
 * itself, kept out of the document until it replaces a static copy.
 */
export function takeOverPrerendered(root: HTMLElement): HTMLElement {
  const copy = document.querySelector<HTMLElement>(STATIC_SELECTOR);
  const markReady = () => document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
  const stale = document.documentElement.hasAttribute(STALE_ATTRIBUTE);
  if (copy && stale) copy.remove();
  // The saved page's hreflang links are for readers without JavaScript and for crawlers;
  // the live view writes its own, which follow it from route to route.
  document.querySelectorAll('link[data-prerendered-alternate]').forEach((link) => link.remove());
  const usable = copy !== null && !stale;
  if (usable) {
    // Before React first renders: the charts pick up their saved pictures as they mount.
    fileStaticPlots(copy);
    root.remove();
  }

  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
    if (usable && copy.isConnected) {
      const active = document.activeElement;
      const focusPath = active && copy.contains(active) ? pathWithin(copy, active) : null;
      copy.replaceWith(root);
      const focusTarget = focusPath && elementAt(root, focusPath);
      if (focusTarget instanceof HTMLElement) focusTarget.focus();
      replay(root, window.__prerenderedEvents ?? []);
    }
    window.__prerenderedEvents = undefined;
    markReady();
  };
  const observer = new MutationObserver(() => {
    if (isReady(root)) finish();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  const timer = window.setTimeout(finish, TAKEOVER_TIMEOUT_MS);
  return root;
}
