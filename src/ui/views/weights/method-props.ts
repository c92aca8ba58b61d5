import type { Criterion } from '../../../domain/scenario';

/** What each weighting method's view takes besides its own inputs. */
export interface MethodProps<T> {
  criteria: readonly Criterion[];
  /** The weights in force, normalised, in criterion order (what the ranking uses). */
  normalised: readonly number[];
  /** Called with the method's inputs as they change; a form calls it with its inputs from before the edit while its fields cannot be used. */
  onCommit: (inputs: T) => void;
  /** Told whether the fields hold something the ranking cannot use. */
  onPendingChange?: ((pending: boolean) => void) | undefined;
}
