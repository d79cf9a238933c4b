import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

interface Props {
  title: string;
  /** One or two sentences on what the page answers. */
  lede?: ReactNode;
  /** The document title when it should differ from the h1. */
  documentTitle?: string;
}

/** The page's one h1, its document title and its lede. */
export function PageHeader({ title, lede, documentTitle }: Props) {
  const t = useT();
  return (
    <header className="page-header">
      <title>{`${documentTitle ?? title} · ${t('app.site.name')}`}</title>
      <h1>{title}</h1>
      {lede && <p className="lede">{lede}</p>}
    </header>
  );
}
