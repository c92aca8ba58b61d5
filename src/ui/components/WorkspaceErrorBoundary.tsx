import { Component, Fragment, type ReactNode } from 'react';
import { keys } from '../storage/keys';
import { setAside } from '../storage/set-aside';
import { ScenarioText } from './ScenarioText';

export interface WorkspaceErrorBoundaryProps {
  workspace: string;
  storage: Storage;
  /** Offered when there is another scenario to go to. */
  onLeave?: () => void;
  children: ReactNode;
}

interface State {
  error?: Error;
  /** Where the saved work was copied when the failure happened. */
  keptAt?: string;
  /** Changed to mount the workspace afresh. */
  attempt: number;
}

/**
 * If anything still throws while a scenario's workspace renders, the user sees
 * what failed instead of a blank page; their saved work is copied aside before
 * anything can overwrite it; and they can try again, start the scenario
 * afresh, or go to another scenario (the header stays usable throughout).
 */
export class WorkspaceErrorBoundary extends Component<WorkspaceErrorBoundaryProps, State> {
  override state: State = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(): void {
    const saved = this.props.storage.getItem(keys.session(this.props.workspace));
    this.setState({ keptAt: saved === null ? undefined : setAside(this.props.storage, this.props.workspace, saved) });
  }

  private retry = () => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));

  private startAfresh = () => {
    const { storage, workspace } = this.props;
    try {
      storage.removeItem(keys.session(workspace));
      storage.removeItem(keys.view(workspace));
    } catch {
      // Storage that refuses removal leaves the saved work in place; the retry then shows the same failure.
    }
    this.retry();
  };

  override render() {
    const { error, keptAt, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <section className="problems" role="alert" aria-labelledby="workspace-failed">
        <h2 id="workspace-failed">This scenario could not be shown</h2>
        <p>
          The app failed while showing it: <ScenarioText>{error.message}</ScenarioText>
        </p>
        <p>{keptAt ? `Your saved work for this scenario was copied aside, unchanged (browser storage key "${keptAt}").` : 'No work had been saved for this scenario yet.'}</p>
        <div className="toolbar">
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          <button type="button" onClick={this.startAfresh}>
            Reset this scenario's view and start it afresh
          </button>
          {this.props.onLeave ? (
            <button type="button" onClick={this.props.onLeave}>
              Go to another scenario
            </button>
          ) : null}
        </div>
      </section>
    );
  }
}
