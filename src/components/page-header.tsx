import type { ReactNode } from 'react';

const SITE = 'Morocco & ISIS dashboard';

interface Props {
  title: string;
  /** One or two sentences on what the page answers. */
  lede?: ReactNode;
  /** The document title when it should differ from the h1. */
  documentTitle?: string;
}

/** The page's one h1, its document title and its lede. */
export function PageHeader({ title, lede, documentTitle }: Props) {
  return (
    <header className="page-header">
      <title>{`${documentTitle ?? title} · ${SITE}`}</title>
      <h1>{title}</h1>
      {lede && <p className="lede">{lede}</p>}
    </header>
  );
}
