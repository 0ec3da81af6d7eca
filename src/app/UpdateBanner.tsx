import { useLocation } from 'react-router';
import { reloadToUpdate, useUpdateReady } from './service-worker';

/** Answers are saved as they are given, so reloading mid-session loses nothing but the card on screen. */
const SESSION_ROUTE = /\/(study|quiz)(\/|$)/;

export function UpdateBanner() {
  const ready = useUpdateReady();
  const { pathname } = useLocation();
  if (!ready) return null;
  const inSession = SESSION_ROUTE.test(pathname);
  return (
    <div className="update-banner" role="status">
      <p>
        A new version is ready.{' '}
        {inSession
          ? 'You are in a session: every answer you gave is saved, and after the reload you carry on where you were. Reload when it suits you.'
          : 'Reload to use it.'}
      </p>
      <button type="button" className="primary" onClick={reloadToUpdate}>
        Reload
      </button>
    </div>
  );
}
