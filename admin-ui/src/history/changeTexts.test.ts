import { i18nProvider } from '../i18n/i18nProvider';
import { changeTexts, type ChangeContext } from './changeTexts';

const contextIn = async (locale: 'es' | 'en'): Promise<ChangeContext> => {
  await i18nProvider.changeLocale(locale);
  return {
    translate: (key, options) => i18nProvider.translate(key, options),
    dateTime: (iso) => `<${iso}>`,
    day: (day) => day.split('-').reverse().join('/'),
  };
};
afterAll(() => i18nProvider.changeLocale('es'));

const line = ({ label, before, after }: { label: string; before: string; after: string }) => `${label}: ${before} → ${after}`;

describe('a change as people read it', () => {
  it('names the related records the server named for the reader: "Gerente de la meta: Ana Jaén → Mario González"', async () => {
    const texts = changeTexts('goals', { manager: { before: 'c5zj', after: 'vdo6' } }, { manager: { c5zj: 'Ana Jaén', vdo6: 'Mario González' } }, await contextIn('es'));
    expect(texts.map(line)).toEqual(['Gerente de la meta: Ana Jaén → Mario González']);
  });

  it('never shows the id of a record the reader may not see, or that is gone', async () => {
    const texts = changeTexts('activities', { actors: { before: [], after: ['a1', 'a2'] } }, { actors: { a1: 'Cooperativa', a2: null } }, await contextIn('es'));
    expect(texts.map(line)).toEqual(['Actores: (vacío) → Cooperativa, (no disponible)']);
  });

  it('reads codes by their label in the language: "Tipo: Reunión, Estado: Confirmada"', async () => {
    const changes = { kind: { before: null, after: 'meeting' }, status: { before: 'tentative', after: 'confirmed' } };
    expect(changeTexts('activities', changes, {}, await contextIn('es')).map(line)).toEqual(['Tipo: (vacío) → Reunión', 'Estado: Tentativa → Confirmada']);
    expect(changeTexts('activities', changes, {}, await contextIn('en')).map(line)).toEqual(['Kind: (empty) → Meeting', 'Status: Tentative → Confirmed']);
  });

  it('writes days and instants as the municipality reads them, and yes or no in words', async () => {
    const changes = { dueDate: { before: '2026-11-27', after: null }, completedAt: { before: null, after: '2026-11-24T04:27:00.000Z' }, critical: { before: false, after: true } };
    expect(changeTexts('milestones', changes, null, await contextIn('es')).map(line)).toEqual([
      'Fecha de vencimiento: 27/11/2026 → (vacío)',
      'Cumplido el: (vacío) → <2026-11-24T04:27:00.000Z>',
      'Crítico: No → Sí',
    ]);
  });
});
