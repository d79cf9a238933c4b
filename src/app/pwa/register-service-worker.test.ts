import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register-service-worker';
import { createUpdateStore } from './update-store';

// A stand-in for workbox-window: an event target whose register() resolves
// to a registration the test controls.
const fake = vi.hoisted(() => ({
  instance: null as null | (EventTarget & { messageSkipWaiting: () => void }),
  registration: { waiting: null as object | null, update: () => Promise.resolve() },
}));
vi.mock('workbox-window', () => ({
  Workbox: class extends EventTarget {
    messageSkipWaiting = vi.fn();
    constructor() {
      super();
      fake.instance = this;
    }
    register() {
      return Promise.resolve(fake.registration);
    }
  },
}));

function workbox() {
  if (!fake.instance) throw new Error('Workbox was not created');
  return fake.instance;
}

describe('registerServiceWorker', () => {
  beforeEach(() => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    fake.instance = null;
    fake.registration.waiting = null;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('does nothing in dev', () => {
    vi.stubEnv('PROD', false);
    registerServiceWorker({ store: createUpdateStore() });
    expect(fake.instance).toBeNull();
  });

  it('offers a waiting worker, and on accept activates it and reloads only once it controls the page', async () => {
    const store = createUpdateStore();
    const reload = vi.fn();
    registerServiceWorker({ store, reload });
    await Promise.resolve();
    fake.registration.waiting = {};
    workbox().dispatchEvent(new Event('waiting'));
    const accept = store.getPending();
    expect(accept).not.toBeNull();
    accept?.();
    expect(workbox().messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    workbox().dispatchEvent(new Event('controlling'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('just reloads when another tab already activated the new worker', async () => {
    const store = createUpdateStore();
    const reload = vi.fn();
    registerServiceWorker({ store, reload });
    await Promise.resolve();
    workbox().dispatchEvent(new Event('waiting'));
    fake.registration.waiting = null;
    store.getPending()?.();
    expect(workbox().messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads on its own', async () => {
    const reload = vi.fn();
    registerServiceWorker({ store: createUpdateStore(), reload });
    await Promise.resolve();
    workbox().dispatchEvent(new Event('waiting'));
    workbox().dispatchEvent(new Event('controlling'));
    expect(reload).not.toHaveBeenCalled();
  });
});
