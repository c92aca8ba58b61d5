import type { MatcherFunction } from '@testing-library/react';

/**
 * Matches the element whose whole text is `text`, even when the text is split
 * across child elements (scenario text sits in its own <bdi>), and not its
 * ancestors, whose text merely contains it.
 */
export function wholeText(text: string): MatcherFunction {
  return (_content, element) => element?.textContent === text && ![...element.children].some((child) => child.textContent === text);
}
