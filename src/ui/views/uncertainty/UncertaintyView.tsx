import { useRef, useState } from 'react';
import type { ScenarioAnalysis } from '../../../domain/analysis';
import type { Scenario } from '../../../domain/scenario';
import { InformationTable } from './InformationTable';
import { RiskProfileChart } from './RiskProfileChart';
import { ThresholdChart } from './ThresholdChart';
import { defaultSelection, resolveSelection, type ThresholdSelection } from './threshold-selection';

export interface UncertaintyViewProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  /** The option in view elsewhere in the app: the risk profile shows it, and the threshold chart falls back to it. */
  selectedOption: string;
  /** Called when the user picks another option for the risk profile, so the rest of the app can follow. */
  onSelectOption?: (optionId: string) => void;
}

/** Where the uncertainty lies in one scenario: what is most worth knowing, where the choice turns, and the spread of outcomes. */
export function UncertaintyView({ scenario, analysis, selectedOption, onSelectOption }: UncertaintyViewProps) {
  // Until the user picks something, the threshold chart follows the top of the information table as the weights change.
  const [picked, setPicked] = useState<ThresholdSelection>();
  const selection = picked ?? defaultSelection(analysis, selectedOption);
  const resolved = resolveSelection(scenario, analysis, selection);
  const thresholdHeading = useRef<HTMLHeadingElement>(null);

  // The risk profile follows the app's selected option, and can be switched here without a parent that listens.
  const [riskOption, setRiskOption] = useState(selectedOption);
  const [followed, setFollowed] = useState(selectedOption);
  if (followed !== selectedOption) {
    setFollowed(selectedOption);
    setRiskOption(selectedOption);
  }
  const chooseRiskOption = (optionId: string) => {
    setRiskOption(optionId);
    onSelectOption?.(optionId);
  };

  const showThresholds = (optionId: string, stateId: string) => {
    setPicked({ optionId, stateId });
    thresholdHeading.current?.focus();
  };

  return (
    <div className="uncertainty">
      <InformationTable scenario={scenario} analysis={analysis} shown={{ optionId: resolved.option.id, stateId: resolved.stateId }} onShowThresholds={showThresholds} />
      <ThresholdChart scenario={scenario} analysis={analysis} selection={selection} onSelect={setPicked} headingRef={thresholdHeading} />
      <RiskProfileChart scenario={scenario} analysis={analysis} optionId={riskOption} onSelectOption={chooseRiskOption} />
    </div>
  );
}
