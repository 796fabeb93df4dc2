import { raiserOnlyChanges } from './aro-access';

describe("a goal manager on an ARO they did not raise", () => {
  const stored = { kind: 'restriction', severity: 'high', title: 'Permiso ambiental' };

  it('may not change its kind nor its severity', () => {
    expect(raiserOnlyChanges({ severity: 'low' }, stored, false)).toEqual(['severity']);
    expect(raiserOnlyChanges({ kind: 'alert', severity: 'medium' }, stored, false)).toEqual(['kind', 'severity']);
  });

  it('may send them unchanged (the whole form) and change its description', () => {
    expect(raiserOnlyChanges({ ...stored, title: 'Permiso ambiental del MiAmbiente' }, stored, false)).toEqual([]);
  });

  it('may change both on one they raised', () => {
    expect(raiserOnlyChanges({ kind: 'alert', severity: 'low' }, stored, true)).toEqual([]);
  });
});
