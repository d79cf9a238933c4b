/**
 * The one piece of state shared between the service-worker registration
 * (outside React) and the update prompt (inside it): whether a new version
 * is waiting, and how to switch to it.
 */
type ApplyUpdate = () => void;

type Listener = () => void;

export interface UpdateStore {
  /** The waiting version's activation, or null when there is nothing to offer. */
  getPending: () => ApplyUpdate | null;
  subscribe: (listener: Listener) => () => void;
  offer: (apply: ApplyUpdate) => void;
  dismiss: () => void;
}

export function createUpdateStore(): UpdateStore {
  let pending: ApplyUpdate | null = null;
  const listeners = new Set<Listener>();
  const set = (next: ApplyUpdate | null) => {
    pending = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getPending: () => pending,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    offer: (apply) => set(apply),
    dismiss: () => set(null),
  };
}

export const updateStore = createUpdateStore();
