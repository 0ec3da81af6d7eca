import { type ComponentType, lazy } from 'react';

/** A screen in its own chunk: rendered through React.lazy, and fetchable ahead of time. */
export interface LazyPage {
  Page: ComponentType;
  /** Starts loading the chunk (once); a link hovered or an idle moment calls it. */
  preload: () => Promise<unknown>;
}

export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    // A failed load (offline, before the service worker has the chunk) may be tried again.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return { Page: lazy(async () => ({ default: await preload() })), preload };
}
