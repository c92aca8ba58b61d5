import type { Scenario } from '../scenario/schema';
import { andList } from '../text/format';
import type { OptionRanking, ParticipantRanking } from './option-ranking';

/** A participant under whose own weights another option leads than under the group's. */
export interface LeaderChange {
  participant: string;
  /** The options that lead with their weights (more than one when they tie). */
  leads: string[];
}

/** The participants whose weights would change the top option, against the group's aggregate weights; ties count as a different top. */
export function leaderChanges(participants: readonly ParticipantRanking[], group: OptionRanking): LeaderChange[] {
  const top = new Set(group.leaders);
  return participants.filter((p) => p.leaders.length !== top.size || p.leaders.some((id) => !top.has(id))).map((p) => ({ participant: p.participant, leads: p.leaders }));
}

/** "With these weights, Close the harbour leads", or "… A and B tie for the lead"; `whose` names the weights otherwise ("With Ana's weights, …"). */
export function leadSentence(scenario: Scenario, leads: readonly string[], whose = 'these weights'): string {
  const labels = leads.map((id) => scenario.options.find((o) => o.id === id)?.label ?? id);
  return labels.length === 1 ? `With ${whose}, ${labels[0]} leads` : `With ${whose}, ${andList(labels)} tie for the lead`;
}
