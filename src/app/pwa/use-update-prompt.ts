import { useSyncExternalStore } from 'react';
import { updateStore, type UpdateStore } from './update-store';

interface UpdatePromptState {
  updateAvailable: boolean;
  /** Activates the waiting version and reloads the current URL. */
  reload: () => void;
  /** Hides the offer; it returns on the next visit while the version still waits. */
  dismiss: () => void;
}

export function useUpdatePrompt(store: UpdateStore = updateStore): UpdatePromptState {
  const pending = useSyncExternalStore(store.subscribe, store.getPending, store.getPending);
  return {
    updateAvailable: pending !== null,
    reload: () => pending?.(),
    dismiss: store.dismiss,
  };
}
