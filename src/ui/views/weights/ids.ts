import { createContext, useContext } from 'react';

/**
 * The prefix of every element id (and radio group name) in the weighting
 * views. The Weights tab uses none; a participant's weights in the workshop
 * tab, mounted in the same page, use their own, so that a label never points
 * at the other view's field.
 */
export const WeightsIdPrefix = createContext('');

/** Makes ids unique to this weighting view: `id('weight-x')`. */
export function useWeightsIds(): (local: string) => string {
  const prefix = useContext(WeightsIdPrefix);
  return (local) => `${prefix}${local}`;
}
