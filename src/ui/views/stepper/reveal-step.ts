/**
 * Scrolls the page so that the step card is wholly on screen, with the
 * option's name and path above it when they fit too: from the top of the
 * stage if the stage down to the card's end fits the window, else from the
 * card's own top. Nothing moves when all of it is already in view, so
 * stepping does not jolt the page.
 */
export function revealStep(stage: HTMLElement, card: HTMLElement): void {
  const view = window.innerHeight;
  const top = stage.getBoundingClientRect().top;
  const cardBox = card.getBoundingClientRect();
  if (top >= 0 && cardBox.bottom <= view) return;
  const by = cardBox.bottom - top <= view ? top : cardBox.top;
  window.scrollBy({ top: by, behavior: 'instant' });
}
