import { useOnlineStatus } from './use-online-status';

/** A quiet line while the device is offline; the app itself keeps working from its cache. */
export function OfflineNotice() {
  const online = useOnlineStatus();
  return (
    <div role="status" className="pwa-region">
      {!online && (
        <p className="pwa-notice pwa-notice--offline">
          <span className="pwa-notice__dot" aria-hidden="true" />
          Offline: showing the copy saved on this device.
        </p>
      )}
    </div>
  );
}
