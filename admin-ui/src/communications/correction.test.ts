import { correctionOf } from './correction';

const published = { title: 'Inauguramos el puente', summary: 'Une dos barrios', body: '<p>Hoy abrimos el puente.</p>' };

describe('a correction', () => {
  it('sends the note and only what changed', () => {
    expect(correctionOf({ note: ' La fecha era el martes ', ...published, body: '<p>El martes abrimos el puente.</p>' }, published)).toEqual({
      note: 'La fecha era el martes',
      body: '<p>El martes abrimos el puente.</p>',
    });
  });

  it('never blanks a field left empty', () => {
    expect(correctionOf({ note: 'Errata', title: '', summary: '  ' }, published)).toEqual({ note: 'Errata' });
  });

  it('sends every field given when there is no web piece to compare with', () => {
    expect(correctionOf({ note: 'Errata', title: 'Nuevo título' }, undefined)).toEqual({ note: 'Errata', title: 'Nuevo título' });
  });
});
