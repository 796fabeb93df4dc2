/**
 * The news on the public site: addresses, pagination, the feeds' items, the dated lines of a
 * correction or a withdrawal, and the schema.org NewsArticle. Pure: no Astro, no fetch.
 */
import { withdrawalNotice, type PublicNewsDetail, type PublicNewsSummary } from '@sigobito/config/contracts';
import { formatDate } from './dates';

/**
 * The site's canonical origin: PUBLIC_SITE_URL when it is set (the address citizens use, behind
 * the proxy), otherwise the address this request came to.
 */
export function siteOrigin(configured: string | undefined, requestUrl: URL): string {
  if (configured && URL.canParse(configured)) return configured.replace(/\/+$/, '');
  return requestUrl.origin;
}

export const newsPath = (slug: string): string => `/noticias/${encodeURIComponent(slug)}`;
export const newsImagePath = (slug: string, n: number): string => `${newsPath(slug)}/imagenes/${n}`;

/** `/noticias` with its filters and page, as a link (page 1 and empty filters left out). */
export function newsListHref(filter: { tema?: string; lugar?: string; pagina?: number }): string {
  const q = new URLSearchParams();
  if (filter.tema) q.set('tema', filter.tema);
  if (filter.lugar) q.set('lugar', filter.lugar);
  if (filter.pagina && filter.pagina > 1) q.set('pagina', String(filter.pagina));
  const query = q.toString();
  return query ? `/noticias?${query}` : '/noticias';
}

/** A page number from the address: a whole number from 1 (anything else is page 1). */
export function pageNumber(value: string | null): number {
  return value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1;
}

/**
 * The pages a pager links to: the first, the last, and the two around the current one, with
 * gaps (null) where pages are skipped: 1 … 4 5 6 … 12.
 */
export function pagerPages(current: number, count: number): Array<number | null> {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const pages: Array<number | null> = [];
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1] > 1) pages.push(null);
    pages.push(p);
  });
  return pages;
}

/** "Corrección del 30 de noviembre de 2026: <nota>". */
export const correctionLine = (at: string, note: string, timeZone: string): string => `Corrección del ${formatDate(new Date(at), timeZone)}: ${note}`;

/** "Retirada el 30 de noviembre de 2026: <motivo>" (the shared wording). */
export const withdrawnLine = (withdrawn: { at: string; reason: string }, timeZone: string): string => withdrawalNotice(formatDate(new Date(withdrawn.at), timeZone), withdrawn.reason);

/** "1 noticia", "12 noticias". */
export const newsCount = (n: number): string => `${n.toLocaleString('es-PA')} ${n === 1 ? 'noticia' : 'noticias'}`;

export type FeedItem = { title: string; link: string; pubDate: Date; description: string; categories: string[] };

/** A feed's items: the canonical address of each news item, its date, description and themes. */
export function feedItems(news: readonly PublicNewsSummary[], origin: string): FeedItem[] {
  return news.map((n) => ({
    title: n.title,
    link: `${origin}${newsPath(n.slug)}`,
    pubDate: new Date(n.postedAt),
    description: n.description,
    categories: n.themes.map((t) => t.name),
  }));
}

/**
 * The schema.org NewsArticle of a news item (JSON-LD), with absolute addresses. A withdrawn
 * one says only what its page still says.
 */
export function newsArticle(item: PublicNewsDetail, opts: { origin: string; publisher: string; description: string }): Record<string, unknown> {
  const url = `${opts.origin}${newsPath(item.slug)}`;
  const organisation = { '@type': 'GovernmentOrganization', name: opts.publisher, url: `${opts.origin}/` };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: opts.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: item.postedAt,
    dateModified: item.withdrawn?.at ?? item.updatedAt ?? item.postedAt,
    inLanguage: 'es',
    ...(item.images.length ? { image: item.images.map((img) => `${opts.origin}${newsImagePath(item.slug, img.n)}`) } : {}),
    ...(item.themes.length ? { about: item.themes.map((t) => t.name) } : {}),
    ...(item.places.length ? { contentLocation: item.places.map((p) => ({ '@type': 'Place', name: p.name })) } : {}),
    author: organisation,
    publisher: organisation,
  };
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
