import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/use-t';
import { withElement } from '../lib/with-element';

/** An unknown measure id: said plainly inside the page, with the way back. */
export function NotFoundPanel({ id, search, version }: { id: string; search: string; version: string }) {
  const t = useT();
  return (
    <section className="error-panel cm-not-found" role="alert" aria-labelledby="cm-not-found-heading">
      <h2 id="cm-not-found-heading">{t('countermeasures.notFound.title')}</h2>
      <p>
        {withElement(
          (slot) => t('countermeasures.notFound.body', { id: slot, version }),
          <code key="id">{id}</code>,
        )}
      </p>
      <p>
        <Link to={{ pathname: '/countermeasures', search }}>{t('countermeasures.notFound.back')}</Link>
      </p>
    </section>
  );
}
