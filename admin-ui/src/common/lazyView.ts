import { createElement, lazy, useEffect, type ComponentProps, type ComponentType } from 'react';

// Any props, as React's own `lazy` takes: each view keeps the props type it declares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = ComponentType<any>;

/** A view whose code is fetched the first time it is shown, and can be fetched ahead with `preload`. */
export type LazyView<C extends View> = C & { preload: () => Promise<unknown> };

/**
 * A page or resource view loaded on demand, so the login and the first screen do not wait for
 * the code of every other screen: `lazyView(() => import('./GoalShow'), 'GoalShow')` (Vite makes
 * the file, and what only it uses, a chunk of its own). react-admin's layout shows its loading
 * indicator meanwhile (its <Suspense>). `next`: the code of the screen a person most likely opens
 * from this one, fetched once this one is shown (a goal's page from the list of goals).
 */
export function lazyView<K extends string, M extends Record<K, View>>(load: () => Promise<M>, name: K, next?: () => Promise<unknown>): LazyView<M[K]> {
  const view = lazy(() => load().then((module) => ({ default: module[name] })));
  const ThenPreload = (props: ComponentProps<M[K]>) => {
    useEffect(() => void next?.(), []);
    return createElement(view, props);
  };
  // Either renders as the view it stands for, with its props.
  return Object.assign((next ? ThenPreload : view) as unknown as M[K], { preload: load });
}
