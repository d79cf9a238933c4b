import type { Actor, Approach, Countermeasure, Domain, Horizon, Status } from '../../../data/schema';
import { t, type MessageId } from '../../../i18n/i18n';
import { intlLocale } from '../../../i18n/format-locale';

export type HorizonBasis = Countermeasure['horizonBasis'];
export const BASES = ['stated', 'assigned'] as const satisfies readonly HorizonBasis[];

/**
 * A label table that holds message ids and reads each label in the active
 * language when it is looked up (`HORIZON_LABELS.short`), never at module load.
 */
export function translatedLabels<K extends string>(ids: Record<K, MessageId>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(ids) as K[]) {
    Object.defineProperty(out, key, { get: () => t(ids[key]), enumerable: true });
  }
  return out;
}

export const HORIZON_LABEL_IDS: Record<Horizon, MessageId> = {
  short: 'countermeasures.horizon.short',
  long: 'countermeasures.horizon.long',
  both: 'countermeasures.horizon.both',
};
export const HORIZON_LABELS = translatedLabels(HORIZON_LABEL_IDS);

export const APPROACH_LABELS = translatedLabels<Approach>({
  hard: 'countermeasures.approach.hard',
  soft: 'countermeasures.approach.soft',
});

/** The badge on cards: one word, always with its colour swatch. */
export const APPROACH_BADGES = translatedLabels<Approach>({
  hard: 'countermeasures.approachBadge.hard',
  soft: 'countermeasures.approachBadge.soft',
});

export const DOMAIN_LABELS = translatedLabels<Domain>({
  'security-intelligence': 'countermeasures.domain.securityIntelligence',
  'legal-justice': 'countermeasures.domain.legalJustice',
  'prisons-returnees': 'countermeasures.domain.prisonsReturnees',
  'religious-field': 'countermeasures.domain.religiousField',
  education: 'countermeasures.domain.education',
  'socio-economic': 'countermeasures.domain.socioEconomic',
  'community-civil-society': 'countermeasures.domain.communityCivilSociety',
  'culture-media': 'countermeasures.domain.cultureMedia',
  'health-psychosocial': 'countermeasures.domain.healthPsychosocial',
  'regional-international-cooperation': 'countermeasures.domain.regionalInternationalCooperation',
  'terrorism-financing': 'countermeasures.domain.terrorismFinancing',
});

export const ACTOR_LABELS = translatedLabels<Actor>({
  morocco: 'countermeasures.actor.morocco',
  'north-africa': 'countermeasures.actor.northAfrica',
  'eu-europe': 'countermeasures.actor.euEurope',
  international: 'countermeasures.actor.international',
});

export const STATUS_LABELS = translatedLabels<Status>({
  // The seed article dates from late 2017: "in place" means in place then.
  'in-place': 'countermeasures.status.inPlace',
  recommended: 'countermeasures.status.recommended',
  'worth-considering': 'countermeasures.status.worthConsidering',
});

export const BASIS_LABELS = translatedLabels<HorizonBasis>({
  stated: 'countermeasures.basis.stated',
  assigned: 'countermeasures.basis.assigned',
});

/**
 * "P16" -> "Seed article, paragraph 16"; "P16-P17" -> "Seed article,
 * paragraphs 16–17"; "P10, P14" -> "…paragraphs 10 and 14"; null -> null
 * (the measure does not come from the seed article).
 */
export function paragraphLabel(seedParagraph: string | null): string | null {
  if (seedParagraph === null) return null;
  const numbers = paragraphNumbers(seedParagraph);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return t('countermeasures.paragraph.raw', { paragraph: seedParagraph });
  if (numbers.length === 1) return t('countermeasures.paragraph.one', { number: String(first) });
  const contiguous = numbers.every((n, i) => n === first + i);
  if (contiguous) return t('countermeasures.paragraph.range', { from: String(first), to: String(last) });
  const list = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(numbers.map(String));
  return t('countermeasures.paragraph.list', { list });
}

/** The paragraph numbers a seedParagraph names: "P12" -> [12], "P16-P17" -> [16, 17], "P10, P14" -> [10, 14]. */
export function paragraphNumbers(seedParagraph: string | null): number[] {
  if (seedParagraph === null) return [];
  const range = /^\s*P?(\d+)\s*[–-]\s*P?(\d+)\s*$/i.exec(seedParagraph);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from && to - from < 50) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [...seedParagraph.matchAll(/P?(\d+)/gi)].map((m) => Number(m[1]));
}

/** "1 measure", "1,664 measures", in the active language. */
export function pluralMeasures(count: number): string {
  return t('countermeasures.measures.count', { count });
}
