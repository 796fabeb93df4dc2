import type { Correction } from './communicationActions';
import type { Piece } from './types';

export type CorrectionValues = { note?: string; title?: string; summary?: string; body?: string };

/** Only what changed goes to the server: the note always, the title, summary and body when they differ. */
export const correctionOf = (values: CorrectionValues, piece: Pick<Piece, 'title' | 'summary' | 'body'> | undefined): Correction => {
  const changed = (field: 'title' | 'summary' | 'body') => {
    const value = values[field]?.trim();
    return value && value !== (piece?.[field] ?? '').trim() ? { [field]: value } : {};
  };
  return { note: (values.note ?? '').trim(), ...changed('title'), ...changed('summary'), ...changed('body') };
};

