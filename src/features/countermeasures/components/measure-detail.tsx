import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { HORIZON_COLOURS } from '../../../charts/palette';
import { DataLink } from '../../../components/data-link';
import { ExternalLink } from '../../../components/external-link';
import { formatPartialDate } from '../../../lib/dates';
import type { Countermeasure, Source } from '../../../data/schema';
import {
  ACTOR_LABELS,
  APPROACH_LABELS,
  DOMAIN_LABELS,
  HORIZON_LABELS,
  paragraphLabel,
  STATUS_LABELS,
} from '../lib/labels';
import type { RelatedMeasure } from '../lib/related';
import { ApproachBadge } from './approach-badge';
import { RecordTextView } from './record-text-view';
import { useT } from '../../../i18n/use-t';
import { recordText, type Translatable } from '../../../i18n/record-text';

/** A measure as recordText reads it (its `translations`, once the bundle schema has them). */
type MeasureTexts = Translatable & { title: string };

/** The seed op-ed; a measure's seedParagraph points into it. */
const SEED_SOURCE_ID = 'mwn-2017-fall-of-isis';

/** Related measures listed before "and N more": the real bundle never reaches it, a generated one does. */
const RELATED_SHOWN = 12;

interface Props {
  measure: Countermeasure;
  sources: Source[];
  /** Source ids the bundle does not list, shown rather than dropped. */
  missingSources: string[];
  related: RelatedMeasure[];
  search: string;
  onClose: () => void;
}

/**
 * One measure in a modal side panel: the native dialog traps focus and makes
 * the page behind inert; Esc, the close button and the backdrop all close it.
 */
export function MeasureDetail({ measure, sources, missingSources, related, search, onClose }: Props) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // jsdom has no showModal; there the panel is simply shown open.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  // Focus the title on open and whenever a related measure replaces the one shown.
  useEffect(() => {
    headingRef.current?.focus();
  }, [measure.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const onBackdrop = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onClose();
  };
  const paragraph = paragraphLabel(measure.seedParagraph);
  const shownRelated = related.slice(0, RELATED_SHOWN);

  return (
    <dialog
      ref={dialogRef}
      className="cm-detail"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={onBackdrop}
    >
      <div className="cm-detail__inner">
        <div className="cm-detail__bar">
          <p className="cm-detail__kicker muted">{t('countermeasures.detail.kicker')}</p>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('countermeasures.detail.close')}
            <span className="visually-hidden">
              {' '}
              {t('countermeasures.detail.closeHidden', { title: recordText(measure as MeasureTexts, 'title')?.text ?? measure.title })}
            </span>
          </button>
        </div>
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="cm-detail__title">
          <RecordTextView record={measure} field="title" />
        </h2>
        <p className="cm-detail__tags">
          <span className="cm-horizon-tag" style={{ borderColor: HORIZON_COLOURS[measure.horizon] }}>
            <span
              className="cm-badge__swatch"
              style={{ background: HORIZON_COLOURS[measure.horizon] }}
              aria-hidden="true"
            />
            {HORIZON_LABELS[measure.horizon]}
          </span>
          <ApproachBadge approach={measure.approach} />
        </p>
        <p className="cm-detail__description">
          <RecordTextView record={measure} field="description" />
        </p>

        <h3>{t('countermeasures.detail.classification')}</h3>
        <dl className="cm-detail__facts">
          <dt>{t('countermeasures.facet.horizon')}</dt>
          <dd>
            {HORIZON_LABELS[measure.horizon]}
            {measure.horizonBasis === 'stated' ? (
              <span className="muted"> {t('countermeasures.detail.stated')}</span>
            ) : (
              <div className="cm-detail__assigned">
                <strong>{t('countermeasures.detail.assigned')}</strong>
                <span className="muted"> {t('countermeasures.detail.notAuthors')}</span>{' '}
                <RecordTextView
                  record={measure}
                  field="horizonReason"
                  fallback={t('countermeasures.detail.noReason')}
                />
              </div>
            )}
          </dd>
          <dt>{t('countermeasures.facet.approach')}</dt>
          <dd>{APPROACH_LABELS[measure.approach]}</dd>
          <dt>{t('countermeasures.facet.domain')}</dt>
          <dd>{DOMAIN_LABELS[measure.domain]}</dd>
          <dt>{t('countermeasures.facet.actor')}</dt>
          <dd>{ACTOR_LABELS[measure.actor]}</dd>
          <dt>{t('countermeasures.facet.status')}</dt>
          <dd>{STATUS_LABELS[measure.status]}</dd>
          <dt>{t('countermeasures.detail.from')}</dt>
          <dd>{paragraph ?? t('countermeasures.detail.notSeed')}</dd>
        </dl>

        <h3>{t('countermeasures.detail.sources')}</h3>
        <ul className="cm-detail__sources">
          {sources.map((s) => (
            <li key={s.id}>
              {s.publisher},{' '}
              <ExternalLink href={s.url}>
                <span lang={s.language}>{s.title}</span>
              </ExternalLink>
              {s.date && `, ${formatPartialDate(s.date)}`}
              {s.id === SEED_SOURCE_ID && paragraph && <span className="muted"> ({paragraph})</span>}
              <br />
              <DataLink to={`/sources#source-${s.id}`} className="cm-detail__biblio">
                {t('countermeasures.detail.inBibliography')}
              </DataLink>
            </li>
          ))}
          {missingSources.map((id) => (
            <li key={id} className="muted">
              <code>{id}</code> {t('countermeasures.detail.missingSource')}
            </li>
          ))}
        </ul>

        <h3>{t('countermeasures.detail.related')}</h3>
        {related.length === 0 ? (
          <p className="muted">{t('countermeasures.detail.noRelated')}</p>
        ) : (
          <>
            <ul className="cm-detail__related">
              {shownRelated.map(({ measure: m, sameDomain, sameParagraph }) => (
                <li key={m.id}>
                  <Link
                    to={{ pathname: `/countermeasures/${encodeURIComponent(m.id)}`, search }}
                    preventScrollReset
                  >
                    <RecordTextView record={m} field="title" />
                  </Link>{' '}
                  <span className="muted">
                    {t('countermeasures.detail.relatedWhy', {
                      why: [
                        sameParagraph && t('countermeasures.detail.sameParagraph'),
                        sameDomain && t('countermeasures.detail.sameDomain'),
                      ]
                        .filter(Boolean)
                        .join(t('countermeasures.summary.splitSeparator')),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            {related.length > shownRelated.length && (
              <p className="muted">
                {t('countermeasures.detail.moreRelated', { count: related.length - shownRelated.length })}
              </p>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}
