import { useEffect, useState } from 'react';
import { useDb } from '../components/db-context';
import { onNewerSchemaElsewhere } from '../db/version-change';

/** Tells a tab left on an older version, once another tab has upgraded the database, to reload. */
export function SchemaChangeNotice() {
  const db = useDb();
  const [outdated, setOutdated] = useState(false);
  useEffect(() => onNewerSchemaElsewhere(db, () => setOutdated(true)), [db]);
  if (!outdated) return null;
  return (
    <div className="update-banner" role="alert">
      <p>
        A newer version of Muster is open in another tab and has updated your data. This tab runs the older
        version and has stopped saving, so nothing is written in a form the new version does not expect.
        Reload this tab to go on: everything already saved is kept.
      </p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
