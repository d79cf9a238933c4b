import { OfflineNotice } from './offline-notice';
import { UpdatePrompt } from './update-prompt';
import './pwa.css';

/** The app-wide corner for the offline notice and the update offer. */
export function PwaNotices() {
  return (
    <div className="pwa-notices">
      <OfflineNotice />
      <UpdatePrompt />
    </div>
  );
}
