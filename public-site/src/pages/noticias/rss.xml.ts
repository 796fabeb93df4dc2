import type { APIRoute } from 'astro';
import { getNewsPage } from '../../lib/cms';
import { FEED_SIZE, feedResponse } from '../../lib/feed';

/** The site's news feed: the latest news, whatever their theme or place. */
export const GET: APIRoute = (context) =>
  feedResponse(context, async () => ({ pagePath: '/noticias', news: (await getNewsPage({ pageSize: FEED_SIZE })).data }));
