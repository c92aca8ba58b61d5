import type { MouseEvent } from 'react';

/** Moves focus to the element with `id` (focusable with tabIndex -1), without changing the address. */
function skipTo(id: string) {
  return (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
}

/** The first things a keyboard reaches: past the header to the tabs and their content, or straight to the ranking. Hidden until focused. */
export function SkipLinks({ ranking }: { ranking: boolean }) {
  return (
    <>
      <a className="skip-link" href="#analysis" onClick={skipTo('analysis')}>
        Skip to the analysis
      </a>
      {ranking ? (
        <a className="skip-link" href="#ranking" onClick={skipTo('ranking')}>
          Skip to the ranking
        </a>
      ) : null}
    </>
  );
}
