import { useT } from '../../i18n/use-t';
import { useOnlineStatus } from './use-online-status';

/** A quiet line while the device is offline; the app itself keeps working from its cache. */
export function OfflineNotice() {
  const t = useT();
  const online = useOnlineStatus();
  return (
    <div role="status" className="pwa-region">
      {!online && (
        <p className="pwa-notice pwa-notice--offline">
          <span className="pwa-notice__dot" aria-hidden="true" />
          {t('app.pwa.offline')}
        </p>
      )}
    </div>
  );
}
