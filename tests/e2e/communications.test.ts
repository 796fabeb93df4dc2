import Parser from 'rss-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, launch, PUBLIC_URL, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

/*
 * Comunicación, walked as its people use it: a milestone of a public goal is done (follow-up),
 * press takes the opportunity and writes the web, X and Facebook pieces, the mayor approves, an
 * edit after the approval sends it back to review and the mayor approves again, press publishes
 * the web piece, and a citizen reads the news on /noticias, on the goal's page and in the feed.
 */

let browser: Browser;
const STAMP = Date.now().toString().slice(-6);
const GOAL = 'Ventanilla única digital de trámites municipales';
const MILESTONE = `Encuesta de satisfacción de la ventanilla publicada ${STAMP}`;
const NEWS_TITLE = `La ventanilla única ya tiene su encuesta de satisfacción ${STAMP}`;
const X_LINK = 'https://www.sanisidro.gob.pa/noticias/encuesta-de-satisfaccion-de-la-ventanilla';
// 256 letters, a space and a link (X counts it 23): 280. One more character and X refuses it.
const X_TEXT = `${'Ventanilla única: '.padEnd(256, 'a')} ${X_LINK}`;

/** A 1×1 PNG, for the news's cover image (the CMS checks files by their content). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function as(role: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1100 }, locale: 'es-PA' });
  const page = await context.newPage();
  await new BackOffice(page).login(role);
  return { context, page };
}

async function openCommunication(page: Page) {
  await page.getByRole('menuitem', { name: 'Comunicación', exact: true }).click();
  await new BackOffice(page).search(STAMP);
  await page.getByRole('cell', { name: NEWS_TITLE }).click();
  await page.getByRole('heading', { name: NEWS_TITLE, level: 1 }).waitFor();
}

async function statusIs(page: Page, status: string) {
  await page.getByRole('heading', { name: NEWS_TITLE, level: 1 }).locator('..').getByText(status, { exact: true }).waitFor();
}

async function approve(page: Page, comment: string) {
  await page.getByRole('heading', { name: 'Tablero', level: 1 }).waitFor();
  await page.getByRole('link', { name: /Por aprobar/ }).click();
  await page.getByRole('cell', { name: NEWS_TITLE }).click();
  await page.getByRole('button', { name: 'Aprobar', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Comentario' }).fill(comment);
  await dialog.getByRole('button', { name: 'Aprobar', exact: true }).click();
  await page.getByText('Acción comunicacional: Aprobada').waitFor();
  await statusIs(page, 'Aprobada');
}

describe('Comunicación: from a milestone achieved to the published news', () => {
  it('the follow-up officer marks a new milestone of a public goal done', async () => {
    const { context, page } = await as('follow-up');
    await page.getByRole('menuitem', { name: 'Metas', exact: true }).click();
    await page.getByText(GOAL).first().click();
    await page.getByRole('link', { name: 'Añadir hito' }).click();
    await page.getByLabel('Título').fill(MILESTONE);
    await page.getByLabel('Fecha de vencimiento').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('spinbutton', { name: 'Peso' }).fill('1');
    await page.getByRole('combobox', { name: 'Estado' }).click();
    await page.getByRole('option', { name: 'Pendiente' }).click();
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByText('Elemento creado').or(page.getByText('Element created')).first().waitFor();
    await page.getByRole('menuitem', { name: 'Metas', exact: true }).click();
    await page.getByText(GOAL).first().click();
    await page.getByRole('row').filter({ hasText: MILESTONE }).getByRole('button', { name: 'Marcar cumplido' }).click();
    await page.getByText('marcado como cumplido').waitFor();
    await context.close();
  });

  it('press takes the opportunity and writes the web, X and Facebook pieces; X refuses 281 characters on its text', async () => {
    const { context, page } = await as('press');
    await page.getByRole('menuitem', { name: 'Oportunidades' }).click();
    const opportunity = page.getByRole('row').filter({ hasText: MILESTONE });
    await opportunity.getByRole('button', { name: 'Tomar' }).click();
    await page.getByText('Oportunidad tomada').waitFor();

    // The communication gets the title the news will carry.
    await page.getByRole('link', { name: 'Editar' }).click();
    await page.getByLabel('Título').first().fill(NEWS_TITLE);
    await page.getByLabel('Mensaje clave').fill('La ventanilla única escucha a quienes la usan.');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByRole('heading', { name: NEWS_TITLE, level: 1 }).waitFor();
    await statusIs(page, 'En preparación');

    // The web: title, summary, body, a cover image with its alt text; the preview follows the typing.
    await page.getByRole('tab', { name: 'Añadir pieza: Sitio web' }).click();
    await page.getByRole('textbox', { name: 'Título' }).fill(NEWS_TITLE);
    await page.getByRole('textbox', { name: 'Resumen' }).fill('Quienes hacen trámites en línea ya pueden calificar el servicio.');
    await page.getByRole('textbox', { name: 'Texto', exact: true }).fill('La encuesta de satisfacción de la ventanilla única está publicada.');
    await page.locator('input[type="file"]').setInputFiles({ name: 'portada.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Crear', exact: true }).click();
    // No alt text: the form refuses, on the image's alt text.
    await page.getByText('Cada imagen necesita su texto alternativo').waitFor();
    await page.getByLabel('Texto alternativo de la imagen 1').fill('Pantalla de la encuesta en un teléfono');
    const preview = page.getByRole('region', { name: 'Vista previa' });
    await preview.getByText(NEWS_TITLE).waitFor();
    await preview.getByRole('img', { name: 'Pantalla de la encuesta en un teléfono' }).waitFor();
    await page.getByRole('button', { name: 'Crear', exact: true }).click();
    await page.getByText('Pieza creada').waitFor();
    await page.getByRole('tab', { name: /Sitio web · Borrador/ }).waitFor();

    // X: 281 characters as X counts them are refused, the field named; 280 are taken.
    await page.getByRole('tab', { name: 'Añadir pieza: X' }).click();
    await page.getByRole('textbox', { name: 'Texto', exact: true }).fill(`${X_TEXT}!`);
    await page.getByRole('status', { name: /Caracteres como los cuenta X/ }).getByText('281 / 280').waitFor();
    await page.getByRole('button', { name: 'Crear', exact: true }).click();
    const xText = page.locator('.ra-input-body');
    await xText.getByText('X admite 280 caracteres contados como X los cuenta (enlaces 23, emojis 2); este texto tiene 281').waitFor();
    // The server refuses it the same way, on `body`, whatever the browser checks.
    const communicationId = page.url().match(/communications\/([^/]+)\/show/)![1];
    const refused = await page.evaluate(
      async ({ communication, body }) => {
        const response = await fetch('/api/backoffice/pieces', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'sigobito' },
          body: JSON.stringify({ communication, channel: 'x', body }),
        });
        return { status: response.status, json: await response.json() };
      },
      { communication: decodeURIComponent(communicationId), body: `${X_TEXT}!` },
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['body'], code: 'too_long', params: expect.objectContaining({ max: 280, count: 281 }) })]),
    );
    await page.getByRole('textbox', { name: 'Texto', exact: true }).fill(X_TEXT);
    await page.getByRole('status', { name: /Caracteres como los cuenta X/ }).getByText('280 / 280').waitFor();
    await page.getByRole('region', { name: 'Vista previa' }).getByRole('link', { name: /sanisidro\.gob\.pa/ }).waitFor();
    await page.getByRole('button', { name: 'Crear', exact: true }).click();
    await page.getByText('Pieza creada').waitFor();
    await page.getByRole('tab', { name: /^X · Borrador/ }).waitFor();

    // Facebook: plain text and a link.
    await page.getByRole('tab', { name: 'Añadir pieza: Facebook' }).click();
    await page.getByRole('textbox', { name: 'Texto', exact: true }).fill('¿Hizo un trámite en línea? Cuéntenos cómo le fue en la encuesta de la ventanilla única.');
    await page.getByRole('textbox', { name: 'Enlace' }).fill(X_LINK);
    await page.getByRole('region', { name: 'Vista previa' }).getByText('SANISIDRO.GOB.PA', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Crear', exact: true }).click();
    await page.getByText('Pieza creada').waitFor();
    await page.getByRole('tab', { name: /Facebook · Borrador/ }).waitFor();

    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await page.getByText('Acción comunicacional: En revisión').waitFor();
    await statusIs(page, 'En revisión');
    // Press may not approve: the button is not there.
    expect(await page.getByRole('button', { name: 'Aprobar', exact: true }).count()).toBe(0);
    await snapshot(page, 'communications-in-review');
    await context.close();
  });

  it('the mayor approves it from "Por aprobar"', async () => {
    const { context, page } = await as('mayor');
    await approve(page, 'Adelante: buen mensaje.');
    await context.close();
  });

  it('an edit after the approval sends it back to review, and the mayor approves again', async () => {
    const press = await as('press');
    await openCommunication(press.page);
    await press.page.getByRole('tab', { name: /^X · Borrador/ }).click();
    await press.page.getByText('La acción está aprobada').first().waitFor();
    await press.page.getByRole('textbox', { name: 'Texto', exact: true }).fill('La ventanilla única ya tiene su encuesta de satisfacción.');
    await press.page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await press.page.getByText('Pieza guardada').waitFor();
    await statusIs(press.page, 'En revisión');
    await snapshot(press.page, 'communications-back-to-review');
    await press.context.close();

    const mayor = await as('mayor');
    await approve(mayor.page, 'Visto el cambio del texto de X.');
    await mayor.context.close();
  });

  it('press publishes the web piece', async () => {
    const { context, page } = await as('press');
    await openCommunication(page);
    await page.getByRole('tab', { name: /Sitio web · Borrador/ }).click();
    await page.getByRole('button', { name: 'Publicar', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publicar', exact: true }).click();
    await page.getByText('Pieza enviada a publicar').waitFor();
    await eventually(async () => {
      await page.reload();
      await statusIs(page, 'Publicada');
    });
    await snapshot(page, 'communications-published');
    await context.close();
  });

  it('a citizen reads it on /noticias, on the goal’s page and in the RSS feed', async () => {
    const page = await browser.newPage({ locale: 'es-PA', viewport: { width: 1100, height: 900 } });
    await eventually(async () => {
      await page.goto(`${PUBLIC_URL}/noticias`);
      await page.getByRole('link', { name: NEWS_TITLE }).first().waitFor({ timeout: 1000 });
    });
    await page.getByRole('link', { name: NEWS_TITLE }).first().click();
    await page.getByRole('heading', { name: NEWS_TITLE, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/noticias\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    await page.getByRole('img', { name: 'Pantalla de la encuesta en un teléfono' }).waitFor();
    const newsUrl = new URL(page.url()).pathname;
    await snapshot(page, 'communications-news');

    await page.goto(`${PUBLIC_URL}/metas`);
    await page.getByRole('link', { name: new RegExp(GOAL.slice(0, 24)) }).first().click();
    await page.getByRole('link', { name: NEWS_TITLE }).waitFor();

    const feed = await new Parser().parseURL(`${PUBLIC_URL}/noticias/rss.xml`);
    const item = feed.items.find((i) => i.title === NEWS_TITLE);
    expect(item).toBeDefined();
    expect(new URL(item!.link!).pathname).toBe(newsUrl);
    await page.close();
  });
});
