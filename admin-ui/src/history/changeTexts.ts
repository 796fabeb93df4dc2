import type { Translate } from '../common/codedMessages';
import { choiceLabel } from './choiceLabels';
import { formatValue, idsOf } from './formatValue';
import type { AuditChange, ReferenceNames } from './types';

/** What reading a change needs: the language, and dates as the municipality reads them. */
export type ChangeContext = {
  translate: Translate;
  /** An instant on the municipality's clock. */
  dateTime: (iso: string) => string;
  /** A calendar day (YYYY-MM-DD). */
  day: (day: string) => string;
};

/** One changed field as people read it: "Gerente de la meta: Ana Jaén → Mario González". */
export type ChangeText = { field: string; label: string; before: string; after: string };

/** The label of a field of a resource, falling back to a section label (objects) then the raw name. */
export const fieldLabel = (translate: Translate, resource: string, field: string): string =>
  translate(`resources.${resource}.fields.${field}`, { _: translate(`resources.${resource}.sections.${field}`, { _: field }) });

/**
 * One before or after value: related records by the names the server gave for this reader
 * ("(no disponible)" for one they may not see, or that is gone; never an id), codes by their
 * label, and the rest in words.
 */
function valueText(resource: string, field: string, value: unknown, names: Record<string, string | null> | undefined, ctx: ChangeContext): string {
  const labels = { empty: ctx.translate('sigobito.history.empty_value'), yes: ctx.translate('ra.boolean.true'), no: ctx.translate('ra.boolean.false'), dateTime: ctx.dateTime, day: ctx.day };
  if (names) {
    const ids = idsOf(value);
    return ids.length === 0 ? labels.empty : ids.map((id) => names[id] ?? ctx.translate('sigobito.history.unavailable')).join(', ');
  }
  if (Array.isArray(value)) return value.length === 0 ? labels.empty : value.map((item) => valueText(resource, field, item, undefined, ctx)).join(', ');
  return choiceLabel(resource, field, value, ctx.translate) ?? formatValue(value, labels);
}

/** An entry's changed fields, each as people read it. */
export function changeTexts(resource: string, changes: Record<string, AuditChange> | null | undefined, references: ReferenceNames | null | undefined, ctx: ChangeContext): ChangeText[] {
  return Object.entries(changes ?? {}).map(([field, change]) => {
    const names = references && Object.hasOwn(references, field) ? references[field] : undefined;
    return {
      field,
      label: fieldLabel(ctx.translate, resource, field),
      before: valueText(resource, field, change?.before, names, ctx),
      after: valueText(resource, field, change?.after, names, ctx),
    };
  });
}
