import { use, type ComponentType, type ReactNode, type ReactPromise } from 'react';

type Loading<T> = Promise<T> & ReactPromise<T>;

/**
 * A view whose code is fetched (from the same origin, as a chunk of its own)
 * the first time it is rendered: until then it suspends, and the nearest
 * Suspense boundary shows its fallback. Once fetched it renders at once, on
 * every later mount too: the promise carries its outcome in the `status` and
 * `value` fields React's `use` reads, so React need not wait a turn for it.
 * A failed fetch (the server gone) is forgotten, so that trying again fetches
 * again.
 */
function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): { View: (props: P) => ReactNode; preload: () => Promise<ComponentType<P>> } {
  let loading: Loading<ComponentType<P>> | undefined;
  const preload = () => {
    if (loading) return loading;
    const promise: Loading<ComponentType<P>> = load();
    promise.then(
      (value) => Object.assign(promise, { status: 'fulfilled', value }),
      (reason: unknown) => {
        Object.assign(promise, { status: 'rejected', reason });
        loading = undefined;
      },
    );
    return (loading = promise);
  };
  function View(props: P) {
    const Component = use(preload());
    return <Component {...props} />;
  }
  return { View, preload };
}

/**
 * The views a first visit does not show, kept out of the app's initial
 * JavaScript (`npm run bench` reports its size): the stepper with xstate, the
 * tree, the uncertainty and sensitivity charts, the weighting methods
 * with react-hook-form, the memo with its writers, the workshop, and the
 * scenario editor.
 */
const views = {
  options: lazyView(() => import('./OptionsView').then((m) => m.OptionsView)),
  tree: lazyView(() => import('./tree/TreeTab').then((m) => m.TreeTab)),
  uncertainty: lazyView(() => import('./uncertainty/UncertaintyView').then((m) => m.UncertaintyView)),
  weights: lazyView(() => import('./weights/WeightsView').then((m) => m.WeightsView)),
  sensitivity: lazyView(() => import('./sensitivity/SensitivityView').then((m) => m.SensitivityView)),
  memo: lazyView(() => import('./memo/MemoTab').then((m) => m.MemoTab)),
  workshop: lazyView(() => import('./workshop/WorkshopTab').then((m) => m.WorkshopTab)),
  editor: lazyView(() => import('../editor/EditorView').then((m) => m.EditorView)),
};

export const OptionsView = views.options.View;
export const TreeTab = views.tree.View;
export const UncertaintyView = views.uncertainty.View;
export const WeightsView = views.weights.View;
export const SensitivityView = views.sensitivity.View;
export const MemoTab = views.memo.View;
export const WorkshopTab = views.workshop.View;
export const EditorView = views.editor.View;

/** Fetches every view's code now: for the component tests, which query a tab's content as soon as it is opened. */
export function preloadViews(): Promise<unknown> {
  return Promise.all(Object.values(views).map((v) => v.preload()));
}
