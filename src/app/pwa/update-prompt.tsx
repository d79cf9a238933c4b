import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { UpdateStore } from './update-store';
import { useUpdatePrompt } from './use-update-prompt';

/**
 * "Update available" offer. Non-blocking and never takes focus: the reader
 * chooses when to switch, and Reload keeps the URL (the view state).
 */
export function UpdatePrompt({ store }: { store?: UpdateStore }) {
  const t = useT();
  const { updateAvailable, reload, dismiss } = useUpdatePrompt(store);
  const [reloading, setReloading] = useState(false);
  return (
    <div role="status" className="pwa-region">
      {updateAvailable && (
        <div className="pwa-notice pwa-notice--update">
          <p className="pwa-notice__text">
            <strong>{t('app.pwa.updateTitle')}</strong> {t('app.pwa.updateText')}
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
              {reloading ? t('app.pwa.reloading') : t('app.pwa.reload')}
            </button>
            <button type="button" className="button button--quiet" onClick={dismiss}>
              {t('app.pwa.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
