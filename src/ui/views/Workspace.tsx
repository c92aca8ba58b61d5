import { Suspense, useEffect, useMemo, useState, type ChangeEvent, type ReactNode } from 'react';
import { analyseScenario } from '../../domain/analysis';
import { weightsInForce } from '../../domain/mcda';
import { own } from '../../domain/records/own';
import type { Step } from '../../domain/machine';
import type { Scenario } from '../../domain/scenario';
import { evaluate } from '../../domain/scoring';
import { canonicalJson } from '../../domain/text/canonical-json';
import { reconcileSession, serialiseSession } from '../../domain/session';
// The update alone: the workshop's flow machine and ballot codes load with its tab.
import type { Workshop } from '../../domain/workshop/schema';
import { withPlanProgress } from '../../domain/workshop/update';
import { Notices, Refusal } from '../components/Messages';
import { ScenarioText } from '../components/ScenarioText';
import { TabPanel, Tabs } from '../components/Tabs';
import { useDocumentTitle } from '../document-title';
import { downloadText, localDate } from '../download';
import { readSessionFile } from '../session/session-file';
import { usePathHistory } from '../session/use-path-history';
import { useScenarioSession } from '../session/use-scenario-session';
import { DEFAULT_SAMPLING } from '../sensitivity/sampling-settings';
import type { SavedWork } from '../storage/indexeddb-storage';
import { readViewState, storeViewState, type ViewState } from '../storage/view-state';
import { useWorkshop } from '../workshop/use-workshop';
import { BriefView } from './BriefView';
import { EarlierVersions } from './EarlierVersions';
import { MemoTab, OptionsView, SensitivityView, TreeTab, UncertaintyView, WeightsView, WorkshopTab } from './lazy-views';
import { RankingPanel, type RankingMode } from './RankingPanel';

type TabId = ViewState['tab'];
// Short labels: eight tabs must fit one row beside the ranking at 1280 px.
const TABS = [
  { id: 'brief', label: 'Brief' },
  { id: 'options', label: 'Step through' },
  { id: 'tree', label: 'Tree' },
  { id: 'uncertainty', label: 'Uncertainty' },
  { id: 'weights', label: 'Weights' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'workshop', label: 'Workshop' },
  { id: 'memo', label: 'Memo' },
] as const;

/** One scenario's analysis: the brief, the options, the weights, and the live ranking beside them. */
export function Workspace({
  scenario,
  hash,
  workspace,
  storage,
  savedWork,
  onRestored,
  onRankingShownChange,
}: {
  scenario: Scenario;
  hash: string;
  workspace: string;
  storage: Storage;
  /** Where work is kept in the browser's database: its earlier versions, and a restore, which the app answers by mounting the workspace afresh. */
  savedWork?: SavedWork;
  onRestored?: (notice: string) => void;
  /** Told whether the ranking is beside the analysis (every tab but the memo's and the workshop's), for the skip link to it. */
  onRankingShownChange?: (shown: boolean) => void;
}) {
  const { session, notices, saveError, setWeighting, setPath, setMemo, replaceSession, dismissNotices } = useScenarioSession(scenario, hash, workspace, storage);
  const [initialView] = useState(() =>
    readViewState(storage, workspace, { tab: 'brief', option: scenario.options[0]!.id, ranking: 'expected', sampling: DEFAULT_SAMPLING, rankingHidden: false }, scenario.options.map((o) => o.id)),
  );
  const [tab, setTab] = useState<TabId>(initialView.tab);
  // The stepper and the weights stay mounted once shown, so that half-done input survives a switch of tab, but are loaded only when first shown.
  const [shown, setShown] = useState<ReadonlySet<TabId>>(() => new Set([initialView.tab]));
  const showTab = (id: TabId) => {
    setTab(id);
    setShown((s) => (s.has(id) ? s : new Set(s).add(id)));
  };
  const [selectedOption, setSelectedOption] = useState(initialView.option);
  const [ranking, setRanking] = useState<RankingMode>(initialView.ranking);
  const [sampling, setSampling] = useState(initialView.sampling);
  const [rankingHidden, setRankingHidden] = useState(initialView.rankingHidden);
  useEffect(() => storeViewState(storage, workspace, { tab, option: selectedOption, ranking, sampling, rankingHidden }), [storage, workspace, tab, selectedOption, ranking, sampling, rankingHidden]);
  useDocumentTitle(TABS.find((t) => t.id === tab)!.label, scenario.title);
  const [memoDate, setMemoDate] = useState(() => localDate());
  // The memo has its own ranking; the workshop shows the group's, and a participant's inputs must stand alone.
  const sideShown = tab !== 'memo' && tab !== 'workshop';
  useEffect(() => onRankingShownChange?.(sideShown), [sideShown, onRankingShownChange]);
  const [weightsPending, setWeightsPending] = useState(false);
  const [sessionProblems, setSessionProblems] = useState<{ file: string; problems: string[] }>();
  const inForce = useMemo(() => weightsInForce(session.weighting, scenario.criteria), [session.weighting, scenario.criteria]);
  const evaluation = useMemo(() => evaluate(scenario, inForce.weights, session.progress), [scenario, inForce.weights, session.progress]);
  const analysis = useMemo(() => analyseScenario(scenario, inForce.weights, session.progress), [scenario, inForce.weights, session.progress]);
  const history = usePathHistory();
  const workshopState = useWorkshop(storage, workspace, hash);
  const { workshop, update: updateWorkshop } = workshopState;
  // The group's plan is the steps taken on Step through: kept in the workshop as they change.
  useEffect(() => {
    if (workshop && canonicalJson(workshop.plan.progress) !== canonicalJson(session.progress)) updateWorkshop((w) => withPlanProgress(w, session.progress));
  }, [workshop, session.progress, updateWorkshop]);
  const adoptGroupWeights = (weights: readonly number[]) =>
    setWeighting({ ...session.weighting, active: 'direct', direct: Object.fromEntries(scenario.criteria.map((c, j) => [c.id, Math.round(weights[j]! * 10_000) / 100])) });
  const takePlan = (arrived: Workshop) => {
    const fitted = reconcileSession({ ...session, progress: arrived.plan.progress }, scenario, hash);
    if (fitted.ok && canonicalJson(fitted.session.progress) !== canonicalJson(session.progress)) {
      replaceSession(fitted.session, ["The workshop's plan (the group's steps through the options) is now the steps on Step through.", ...fitted.notices]);
    }
  };

  const changePath = (optionId: string, path: Step[]) => {
    history.record(optionId, own(session.progress, optionId) ?? []);
    setPath(optionId, path);
  };
  const openInStepper = (optionId: string, path: Step[]) => {
    const current = own(session.progress, optionId) ?? [];
    if (path.length !== current.length) changePath(optionId, path);
    setSelectedOption(optionId);
    showTab('options');
  };
  const undoPath = (optionId: string) => {
    const previous = history.takeLast(optionId);
    if (previous) setPath(optionId, previous);
  };

  const downloadSummary = async () => {
    const date = localDate();
    const { summaryMarkdown } = await import('./summary-file');
    downloadText(`${scenario.id}-summary-${date}.md`, summaryMarkdown({ scenario, scenarioHash: hash, evaluation, analysis, view: ranking, sampling, date }), 'text/markdown;charset=utf-8');
  };
  const saveSessionFile = () => downloadText(`${scenario.id}-session-${localDate()}.json`, serialiseSession(session), 'application/json');
  const openSessionFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await readSessionFile(file, scenario, hash);
    if (!result.ok) {
      setSessionProblems({ file: file.name, problems: result.problems });
      return;
    }
    setSessionProblems(undefined);
    replaceSession(result.session, [`Opened the session file ${file.name}.`, ...result.notices]);
  };

  return (
    <>
      <section className="workspace-head" aria-labelledby="scenario-title">
        <div>
          <h1 id="scenario-title">
            <ScenarioText>{scenario.title}</ScenarioText>
          </h1>
          <p className="muted small">
            Scenario {scenario.id}, version <ScenarioText>{scenario.version}</ScenarioText>. Your work is saved in this browser as you go.
          </p>
        </div>
        <div className="toolbar head-actions">
          <button type="button" onClick={saveSessionFile} title="A file with your weights, steps and known outcomes, to open again here or on another machine">
            Save session file
          </button>
          <label className="file-button on-light">
            Open session file…
            <input type="file" accept=".json,application/json" onChange={openSessionFile} className="sr-only" />
          </label>
          {savedWork && onRestored ? <EarlierVersions workspace={workspace} savedWork={savedWork} onRestored={onRestored} /> : null}
          <button type="button" className="primary" onClick={downloadSummary} title="A Markdown file with both rankings, the weights and the path taken through each option">
            Download summary
          </button>
        </div>
      </section>
      {sessionProblems ? (
        <Refusal title={`${sessionProblems.file} could not be opened`} problems={sessionProblems.problems} unchanged="the session on screen is as it was" onDismiss={() => setSessionProblems(undefined)} />
      ) : null}
      <Notices lines={notices} onDismiss={dismissNotices} />
      {saveError ? (
        <div className="notice error" role="alert">
          {saveError}
        </div>
      ) : null}
      <div className={sideShown ? 'workspace' : 'workspace wide'}>
        <main className="work" id="analysis" tabIndex={-1}>
          <Tabs tabs={TABS} active={tab} onChange={showTab} label="Analysis steps" idPrefix="main" />
          <TabPanel id="brief" idPrefix="main" active={tab === 'brief'}>
            <BriefView scenario={scenario} />
          </TabPanel>
          <TabPanel id="options" idPrefix="main" active={tab === 'options'}>
            {shown.has('options') ? (
              <Loading>
                <OptionsView
                  scenario={scenario}
                  evaluation={evaluation}
                  analysis={analysis}
                  progress={session.progress}
                  selected={selectedOption}
                  onSelect={setSelectedOption}
                  onPathChange={changePath}
                  history={history}
                  onUndo={undoPath}
                />
              </Loading>
            ) : null}
          </TabPanel>
          <TabPanel id="tree" idPrefix="main" active={tab === 'tree'}>
            {tab === 'tree' ? (
              <Loading>
                <TreeTab scenario={scenario} analysis={analysis} progress={session.progress} selected={selectedOption} onSelect={setSelectedOption} onOpenInStepper={openInStepper} />
              </Loading>
            ) : null}
          </TabPanel>
          <TabPanel id="uncertainty" idPrefix="main" active={tab === 'uncertainty'}>
            {/* Charts are drawn only while their tab is open: they recompute on every change of weights or steps. */}
            {tab === 'uncertainty' ? (
              <Loading>
                <UncertaintyView scenario={scenario} analysis={analysis} selectedOption={selectedOption} onSelectOption={setSelectedOption} />
              </Loading>
            ) : null}
          </TabPanel>
          <TabPanel id="weights" idPrefix="main" active={tab === 'weights'}>
            {shown.has('weights') ? (
              <Loading>
                <WeightsView criteria={scenario.criteria} weighting={session.weighting} normalised={analysis.weights} inForce={inForce} presets={scenario.weightPresets} onChange={setWeighting} onPendingChange={setWeightsPending} />
              </Loading>
            ) : null}
          </TabPanel>
          <TabPanel id="sensitivity" idPrefix="main" active={tab === 'sensitivity'}>
            {tab === 'sensitivity' ? (
              <Loading>
                <SensitivityView scenario={scenario} analysis={analysis} view={ranking} sampling={sampling} onSamplingChange={setSampling} />
              </Loading>
            ) : null}
          </TabPanel>
          <TabPanel id="workshop" idPrefix="main" active={tab === 'workshop'}>
            {shown.has('workshop') ? (
              <Loading>
                <WorkshopTab
                  scenario={scenario}
                  hash={hash}
                  state={workshopState}
                  progress={session.progress}
                  analysis={analysis}
                  rankingHidden={rankingHidden}
                  onRankingHiddenChange={setRankingHidden}
                  onAdoptWeights={adoptGroupWeights}
                  onPlanArrives={takePlan}
                />
              </Loading>
            ) : null}
          </TabPanel>
          <TabPanel id="memo" idPrefix="main" active={tab === 'memo'}>
            {tab === 'memo' ? (
              <Loading>
                <MemoTab scenario={scenario} hash={hash} session={session} onMemoChange={setMemo} date={memoDate} onDateChange={setMemoDate} onSaveSession={saveSessionFile} workshop={workshop} />
              </Loading>
            ) : null}
          </TabPanel>
        </main>
        {sideShown ? (
          <aside className="side">
            <RankingPanel
              scenario={scenario}
              analysis={analysis}
              mode={ranking}
              onModeChange={setRanking}
              weightsPending={weightsPending}
              compact={tab === 'options'}
              hidden={rankingHidden}
              onHiddenChange={setRankingHidden}
            />
          </aside>
        ) : null}
      </div>
    </>
  );
}

/** What a tab shows while its view's code is fetched, the first time it is opened. */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>;
}
