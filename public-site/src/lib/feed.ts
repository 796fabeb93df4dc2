/**
 * The news feeds (RSS 2.0, made by @astrojs/rss): the site's, a theme's and a place's. Each
 * item links to the news item's canonical address; the channel to the page the feed follows.
 */
import rss from '@astrojs/rss';
import type { APIContext, APIRoute } from 'astro';
import type { PublicNewsSummary } from '@sigobito/config/contracts';
import { CmsUnavailableError, getNewsPage, getSettings } from './cms';
import { filterCode } from './goals';
import { feedItems, siteOrigin } from './news';

/** How many of the latest news a feed carries. */
export const FEED_SIZE = 20;

export type FeedSource = {
  /** What the feed follows, after "Noticias" ("del tema Agua potable"). */
  about?: string;
  /** The page it follows (`/noticias`, `/temas/T-AGUA`). */
  pagePath: string;
  news: PublicNewsSummary[];
};

const xmlAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * An RSS answer for the feed `load` finds (null: no such theme or place, 404). The CMS being
 * out of reach is a 503, as for the other files the site relays.
 */
export async function feedResponse(context: APIContext, load: () => Promise<FeedSource | null>): Promise<Response> {
  let source: FeedSource | null;
  let municipality: string;
  try {
    const [settings, found] = await Promise.all([getSettings(), load()]);
    source = found;
    municipality = settings?.municipalityName || 'Municipio';
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    console.error(error.message);
    return new Response('Las noticias no están disponibles en este momento. Inténtelo de nuevo en unos minutos.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '60' },
    });
  }
  if (!source) {
    return new Response('No existe ese canal de noticias.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
  }
  const origin = siteOrigin(process.env.PUBLIC_SITE_URL, context.url);
  const self = `${origin}${context.url.pathname}`;
  const title = `Noticias${source.about ? ` ${source.about}` : ''} — ${municipality}`;
  const latest = source.news[0]?.postedAt;
  const response = await rss({
    title,
    description: `Las noticias${source.about ? ` ${source.about}` : ''} del gobierno municipal de ${municipality}, de la más reciente a la más antigua.`,
    site: `${origin}${source.pagePath}`,
    trailingSlash: false,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>es</language>',
      `<atom:link href="${xmlAttribute(self)}" rel="self" type="application/rss+xml"/>`,
      latest ? `<lastBuildDate>${new Date(latest).toUTCString()}</lastBuildDate>` : '',
      '<ttl>30</ttl>',
    ].join(''),
    items: feedItems(source.news, origin),
  });
  return new Response(response.body, {
    status: 200,
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}

/** A theme's or a place's news feed (`/temas/<code>/rss.xml`, `/lugares/<code>/rss.xml`); 404 for a code that names none. */
export const subjectFeed =
  (kind: 'theme' | 'place'): APIRoute =>
  (context) =>
    feedResponse(context, async () => {
      const code = filterCode(context.params.code);
      if (!code) return null;
      const page = await getNewsPage({ [kind]: code, pageSize: FEED_SIZE });
      const subject = page.meta[kind];
      if (!subject) return null;
      const base = kind === 'theme' ? '/temas' : '/lugares';
      return { about: kind === 'theme' ? `del tema ${subject.name}` : `de ${subject.name}`, pagePath: `${base}/${encodeURIComponent(subject.code)}`, news: page.data };
    });
