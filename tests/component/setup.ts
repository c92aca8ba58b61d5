import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadViews } from '../../src/ui/views/lazy-views';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// The tabs' views load on demand in the app (see lazy-views.tsx); here they start loaded, as after a first visit,
// so that a test can query a tab's content as soon as it opens it. The browser tests load them on demand.
beforeAll(() => preloadViews());

// jsdom has no modal dialogs: enough of one for the earlier versions' dialog (the browser tests use Chromium's own).
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};
