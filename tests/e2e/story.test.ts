/* Issue 12, item 1: an actor's story. The agenda team opens the demo's "Comité de Vecinos de Barrio
   Las Flores" and sees its whole story across modules; a citizen opens the comité's public page. */
import type { Browser, Page } from 'playwright-core';
import { launch, PUBLIC_URL, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';
import { PublicSite } from './pages/PublicSite';

let browser: Browser;
let page: Page;

const COMITE = 'Comité de Vecinos de Barrio Las Flores';
const AUDIENCE = 'Audiencia con el Comité de Vecinos de Barrio Las Flores';
const PRIVATE_MEETING = 'Asesoría legal: lote baldío de la entrada de Barrio Las Flores';
const REQUEST = 'Basura acumulada en el lote baldío de la entrada de Barrio Las Flores';
const COMMITMENT = 'Limpiar de oficio el lote baldío de la entrada de Barrio Las Flores si el propietario no responde';
const NEWS = 'Vecinos de Barrio Las Flores y la Alcaldía acuerdan limpiar el lote baldío de la entrada';

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());
beforeEach(async () => {
  // A browser in another time zone than the municipality: the story still reads in Panama's.
  page = await browser.newPage({ locale: 'es-PA', timezoneId: 'Europe/Madrid', viewport: { width: 1366, height: 900 } });
});
afterEach(() => page.close());

const story = () => page.getByRole('region', { name: 'Historia' });
const entry = (title: string) => story().getByRole('listitem').filter({ hasText: title });

describe("an actor's story, as the agenda team reads it", () => {
  it('shows the comité’s audience, private meeting, request, commitments, goal and communications, newest first, with a chip per kind', async () => {
    const bo = new BackOffice(page);
    await bo.login('agenda');
    await bo.openMenu('Actores');
    await bo.search('Las Flores');
    await page.getByRole('cell', { name: COMITE }).click();
    await story().waitFor();
    for (const title of [AUDIENCE, PRIVATE_MEETING, REQUEST, COMMITMENT, NEWS]) await entry(title).waitFor();
    // The audience at 10:30 in Panama (16:30 in the browser's Madrid), said in the user's language.
    await expect(entry(AUDIENCE).innerText()).resolves.toMatch(/10:30.*Actividad de agenda · Audiencia · Confirmada/s);
    await expect(entry(COMMITMENT).innerText()).resolves.toMatch(/Tarea · Compromiso · Pendiente/);
    // Newest first: the commitment due later, then the audience, then the request that asked for it.
    const titles = await story().getByRole('listitem').allInnerTexts();
    const at = (t: string) => titles.findIndex((x) => x.includes(t));
    expect(at(COMMITMENT)).toBeLessThan(at(AUDIENCE));
    expect(at(AUDIENCE)).toBeLessThan(at(REQUEST));
    await snapshot(page, 'story-actor');

    // A chip per kind, with its count: choosing one shows only that kind.
    await story().getByRole('button', { name: 'Solicitudes (1)' }).click();
    await story().getByRole('listitem').nth(1).waitFor({ state: 'detached' });
    await entry(REQUEST).waitFor();
    // The goal it is part of began long ago, past the first page: its chip finds it, with its milestones beside.
    await story().getByRole('button', { name: 'Metas (1)' }).click();
    await entry('M-02 · Recolección de basura').waitFor();
    await story().getByRole('button', { name: /^Hitos \(\d+\)$/ }).waitFor();
    await story().getByRole('button', { name: /^Todo \(\d+\)$/ }).click();
    await entry(AUDIENCE).waitFor();

    // Each entry opens its record.
    await entry(AUDIENCE).getByRole('link').click();
    await page.getByText('Despacho de la alcaldesa, 2.º piso del Palacio Municipal').first().waitFor();
    expect(page.url()).toMatch(/#\/activities\/[^/]+\/show$/);
  });

  it('leaves out, for the follow-up officer, the private meeting and the request they may not read', async () => {
    const bo = new BackOffice(page);
    await bo.login('follow-up');
    await bo.openMenu('Actores');
    await bo.search('Las Flores');
    await page.getByRole('cell', { name: COMITE }).click();
    await entry(AUDIENCE).waitFor();
    await entry(COMMITMENT).waitFor();
    await expect(story().getByText(PRIVATE_MEETING).count()).resolves.toBe(0);
    await expect(story().getByText(REQUEST).count()).resolves.toBe(0);
    await expect(story().getByRole('button', { name: /^Solicitudes/ }).count()).resolves.toBe(0);
  });
});

describe("a group's public page, as a citizen reads it", () => {
  it('leads from a public activity to the comité’s page: its public activities, goals and news, and no contact data', async () => {
    const site = new PublicSite(page);
    await page.goto(`${PUBLIC_URL}/actores/ACT-051`);
    await site.heading().filter({ hasText: COMITE }).waitFor();
    await page.getByText('Grupo', { exact: true }).first().waitFor();
    await site.section('Noticias').getByText('La Alcaldía atenderá el lote baldío de la entrada de Barrio Las Flores').waitFor();
    await site.section('Metas de gobierno').getByText(/Recolección de basura/).first().waitFor();
    await page.getByText(AUDIENCE).first().waitFor();
    const text = await page.locator('body').innerText();
    for (const secret of ['vecinos.lasflores@example.org', '6584-1147', PRIVATE_MEETING, 'Reclama por la acumulación']) expect(text).not.toContain(secret);
    await snapshot(page, 'story-public-actor');

    // From the audience's public page, the comité is a link to its page.
    await page.getByRole('link', { name: AUDIENCE }).first().click();
    await site.heading().filter({ hasText: AUDIENCE }).waitFor();
    await page.getByRole('link', { name: COMITE }).click();
    await site.heading().filter({ hasText: COMITE }).waitFor();
  });

  it('has no page for a person', async () => {
    const bo = new BackOffice(page);
    await bo.login('agenda');
    // A person with contact data to leak (not every demo person has an e-mail, nor comes first).
    const persons = await bo.api<Array<{ code: string; name: string; email: string | null }>>(`actors?filter=${encodeURIComponent(JSON.stringify({ kind: 'person' }))}&range=[0,49]`);
    const person = persons.find((p) => p.email)!;
    expect(person.email).toContain('@');
    const response = await page.goto(`${PUBLIC_URL}/actores/${person.code}`);
    expect(response?.status()).toBe(404);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(person.name);
    expect(text).not.toContain(person.email);
  });
});
