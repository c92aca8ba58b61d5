// The palette lives in the domain, where the memo writers draw with it too.
export { criterionColour, criterionFill, PALETTE } from '../domain/text/palette';
