import { memo } from 'react';
import { Link } from 'react-router-dom';
import type { Countermeasure } from '../../../data/schema';
import { ACTOR_LABELS, STATUS_LABELS } from '../lib/labels';
import { ApproachBadge } from './approach-badge';
import { RecordTextView } from './record-text-view';
import { useT } from '../../../i18n/use-t';

interface Props {
  measure: Countermeasure;
  /** The current search string, kept so the detail opens over the same filtered view. */
  search: string;
}

/** A compact, linkable measure: title, hard/soft, actor, status. Memoised: a matrix can hold hundreds. */
export const MeasureCard = memo(function MeasureCard({ measure, search }: Props) {
  const t = useT();
  return (
    <li className="cm-card-item">
      <Link
        className="cm-card"
        to={{ pathname: `/countermeasures/${encodeURIComponent(measure.id)}`, search }}
        preventScrollReset
        data-measure-id={measure.id}
      >
        <span className="cm-card__title">
          <RecordTextView record={measure} field="title" />
        </span>
        <span className="cm-card__meta">
          <ApproachBadge approach={measure.approach} />
          <span>{t('countermeasures.card.actor', { actor: ACTOR_LABELS[measure.actor] })}</span>
          <span>{STATUS_LABELS[measure.status]}</span>
          {measure.horizonBasis === 'assigned' && (
            <span
              className="cm-card__assigned"
              title={t('countermeasures.card.assignedTitle')}
            >
              {t('countermeasures.card.assigned')}
            </span>
          )}
        </span>
      </Link>
    </li>
  );
});
