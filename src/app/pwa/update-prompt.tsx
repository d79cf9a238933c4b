import { useState } from 'react';
import type { UpdateStore } from './update-store';
import { useUpdatePrompt } from './use-update-prompt';

/**
 * "Update available" offer. Non-blocking and never takes focus: the reader
 * chooses when to switch, and Reload keeps the URL (the view state).
 */
export function UpdatePrompt({ store }: { store?: UpdateStore }) {
  const { updateAvailable, reload, dismiss } = useUpdatePrompt(store);
  const [reloading, setReloading] = useState(false);
  return (
    <div role="status" className="pwa-region">
      {updateAvailable && (
        <div className="pwa-notice pwa-notice--update">
          <p className="pwa-notice__text">
            <strong>Update available.</strong> A new version of the dashboard is ready.
          </p>
          <div className="pwa-notice__actions">
            <button
              type="button"
              className="button"
              disabled={reloading}
              onClick={() => {
                setReloading(true);
                reload();
              }}
            >
              {reloading ? 'Reloading…' : 'Reload'}
            </button>
            <button type="button" className="button button--quiet" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
