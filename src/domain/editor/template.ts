/**
 * A new scenario's starting text: the smallest scenario that passes every
 * check (one fact, one criterion, one option whose one decision ends in an
 * outcome), each text saying what belongs there, so the analyst edits a
 * working scenario from the first keystroke and can step and rank it at once.
 */
export const NEW_SCENARIO_TEXT = `# yaml-language-server: $schema=./scenario.schema.json
id: new-scenario
title: New scenario
version: "0.1.0"
summary: >-
  What the brief is about and what the group must decide, in two or three sentences.
source:
  title: Title of the brief
  author: Its author
  organisation: Their organisation
  date: "2026-01"

facts:
  - id: fact
    text: A fact from the brief, in your own words.
    cite: {section: The heading of the part of the brief it comes from}

actors: []

criteria:
  - id: criterion
    label: What the options are judged by
    description: What it measures, and what a high score means.
    direction: benefit
    scale: {min: 0, max: 10}
    weight: 1

options:
  - id: option
    label: A response the brief recommends
    summary: What the option is, in a sentence or two.
    baseline:
      criterion: {score: 5, rationale: Why the option scores this before any step.}
    machine:
      initial: decide
      states:
        decide:
          kind: decision
          prompt: What does the group decide first?
          choices:
            - {id: go, label: Go ahead, target: done}
        done:
          kind: outcome
          summary: What the world looks like at the end of this path.
`;
