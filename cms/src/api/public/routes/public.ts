/** The public API the transparency site and citizens use: no login, only public data. */
const route = (method: string, path: string, handler: string) => ({ method, path, handler: `public.${handler}`, config: { auth: false as const, policies: [] } });

export default {
  routes: [
    route('GET', '/public/site', 'site'),
    route('GET', '/public/agenda.ics', 'agendaIcs'),
    route('GET', '/public/agenda', 'agenda'),
    route('GET', '/public/agenda/:id', 'activity'),
    route('GET', '/public/requests/form-token', 'formToken'),
    route('POST', '/public/requests', 'submitRequest'),
    route('GET', '/public/requests/:code', 'requestStatus'),
    route('GET', '/calendar/:file', 'privateFeed'),
    route('GET', '/public/goals', 'goals'),
    route('GET', '/public/goals/:id', 'goal'),
    route('GET', '/public/proximity/:kind/:code', 'proximity'),
    route('GET', '/public/actors/:code', 'actor'),
    route('GET', '/public/news', 'news'),
    route('GET', '/public/news/:slug', 'newsItem'),
    route('GET', '/public/news/:slug/images/:n', 'newsImage'),
    route('GET', '/public/open-data/:file', 'openData'),
  ],
};
