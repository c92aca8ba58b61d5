import { ScenarioText } from '../components/ScenarioText';
import { useEffect, useMemo, useState } from 'react';
import { renderSummaryMarkdown } from '../../domain/report/summary-markdown';
import type { Scenario } from '../../domain/scenario';
import { evaluate } from '../../domain/scoring';
import { TabPanel, Tabs } from '../components/Tabs';
import { downloadText, localDate } from '../download';
import { useScenarioSession } from '../session/use-scenario-session';
import { readViewState, storeViewState } from '../storage/view-state';
import { BriefView } from './BriefView';
import { OptionsView } from './OptionsView';
import { RankingPanel } from './RankingPanel';
import { WeightsForm } from './WeightsForm';

type TabId = 'brief' | 'options' | 'weights';
const TABS = [
  { id: 'brief', label: 'Brief & facts' },
  { id: 'options', label: 'Step through options' },
  { id: 'weights', label: 'Weigh criteria' },
] as const;

/** One scenario's analysis: the brief, the options, the weights, and the live ranking beside them. */
export function Workspace({ scenario, hash, workspace, storage }: { scenario: Scenario; hash: string; workspace: string; storage: Storage }) {
  const { session, notices, saveError, setWeights, setPath, dismissNotices } = useScenarioSession(scenario, hash, workspace, storage);
  const [initialView] = useState(() => readViewState(storage, workspace, { tab: 'brief', option: scenario.options[0]!.id }, scenario.options.map((o) => o.id)));
  const [tab, setTab] = useState<TabId>(initialView.tab);
  const [selectedOption, setSelectedOption] = useState(initialView.option);
  useEffect(() => storeViewState(storage, workspace, { tab, option: selectedOption }), [storage, workspace, tab, selectedOption]);
  const [weightsPending, setWeightsPending] = useState(false);
  const evaluation = useMemo(() => evaluate(scenario, session.weighting.direct, session.progress), [scenario, session.weighting.direct, session.progress]);

  const downloadSummary = () => {
    const date = localDate();
    downloadText(`${scenario.id}-summary-${date}.md`, renderSummaryMarkdown({ scenario, scenarioHash: hash, evaluation, date }), 'text/markdown;charset=utf-8');
  };

  return (
    <>
      <div className="workspace-head">
        <div>
          <h1>
            <ScenarioText>{scenario.title}</ScenarioText>
          </h1>
          <p className="muted small">
            Scenario {scenario.id}, version <ScenarioText>{scenario.version}</ScenarioText>. Your work is saved in this browser as you go.
          </p>
        </div>
        <button type="button" className="primary" onClick={downloadSummary} title="A Markdown file with the ranking, the weights and the path taken through each option">
          Download summary
        </button>
      </div>
      {notices.length > 0 ? (
        <div className="notice" role="status">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      ) : null}
      {saveError ? (
        <div className="notice error" role="alert">
          {saveError}
        </div>
      ) : null}
      <div className="workspace">
        <main className="work">
          <Tabs tabs={TABS} active={tab} onChange={setTab} label="Analysis steps" idPrefix="main" />
          <TabPanel id="brief" idPrefix="main" active={tab === 'brief'}>
            <BriefView scenario={scenario} />
          </TabPanel>
          <TabPanel id="options" idPrefix="main" active={tab === 'options'}>
            <OptionsView scenario={scenario} evaluation={evaluation} progress={session.progress} selected={selectedOption} onSelect={setSelectedOption} onPathChange={setPath} />
          </TabPanel>
          <TabPanel id="weights" idPrefix="main" active={tab === 'weights'}>
            <WeightsForm criteria={scenario.criteria} weights={session.weighting.direct} normalised={evaluation.weights} onCommit={setWeights} onPendingChange={setWeightsPending} />
          </TabPanel>
        </main>
        <aside className="side">
          <RankingPanel scenario={scenario} evaluation={evaluation} weightsPending={weightsPending} />
        </aside>
      </div>
    </>
  );
}
