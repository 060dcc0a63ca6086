import {
  addDays,
  computePoortwachterTimeline,
  computeSicknessPeriods,
  MILESTONE_ACTOR,
  type MilestoneCompletion as TimelineCompletion,
  type MilestoneEvidence,
  type PoortwachterTimeline,
  type SicknessEvent,
} from '@spoor/domain';

/** A small deterministic number from a text (the case reference), so the seed's faker sequence stays as it was. */
function spread(text: string, modulo: number): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash % modulo;
}

export interface SeededTimeline {
  events: SicknessEvent[];
  completions: Array<TimelineCompletion & { sequence: number; evidence: MilestoneEvidence | null }>;
  timeline: PoortwachterTimeline;
  periodSequence: number;
}

/**
 * The sickness events and completions of a seeded reintegration case, and the timeline they make on `today`.
 *
 * The demo participant (`demo`): sick 166 days ago; the problem analysis, the plan of approach (with the plan
 * document as evidence) and the first evaluation (with an activity) are done; the second evaluation is overdue,
 * the third due within two weeks, the rest upcoming. Other cases: one in five recovered and relapsed within four
 * weeks (samentelling); most past-due milestones done a few days early, about one in seven left overdue.
 */
export function seedSickness(
  reference: string,
  firstSickDay: string,
  today: string,
  options: { demo?: boolean; planDocumentId?: string; activityId?: string; reportId?: string } = {},
): SeededTimeline | null {
  if (options.demo) {
    const sick = addDays(today, -166);
    const events: SicknessEvent[] = [{ kind: 'sick', date: sick }];
    const completions = [
      { kind: 'problem_analysis' as const, sequence: 0, completedOn: addDays(sick, 39), evidence: null },
      {
        kind: 'plan_of_approach' as const,
        sequence: 0,
        completedOn: addDays(sick, 51),
        evidence: options.planDocumentId ? { documentId: options.planDocumentId } : null,
      },
      {
        kind: 'evaluation' as const,
        sequence: 1,
        completedOn: addDays(sick, 93),
        evidence: options.activityId ? { activityId: options.activityId } : null,
      },
    ];
    return build(events, completions, today);
  }
  if (firstSickDay > today) return null;
  const events: SicknessEvent[] = [{ kind: 'sick', date: firstSickDay }];
  // Samentelling: sick for 3 weeks, 10 days healthy, sick again (when those days have passed).
  if (spread(reference, 5) === 0 && addDays(firstSickDay, 31) <= today) {
    events.push(
      { kind: 'recovery', date: addDays(firstSickDay, 21) },
      { kind: 'sick', date: addDays(firstSickDay, 31) },
    );
  }
  const plain = build(events, [], today);
  if (!plain) return null;
  const completions = plain.timeline.milestones
    .filter((m) => MILESTONE_ACTOR[m.kind] !== 'uwv' && m.dueDate < today)
    .filter((m) => spread(`${reference}/${m.kind}/${m.sequence}`, 7) !== 0)
    .map((m) => ({
      kind: m.kind,
      sequence: m.sequence,
      completedOn:
        addDays(m.dueDate, -3) < plain.timeline.firstSickDay ? plain.timeline.firstSickDay : addDays(m.dueDate, -3),
      evidence: m.kind === 'evaluation' && options.reportId ? { reportId: options.reportId } : null,
    }));
  return build(events, completions, today);
}

function build(
  events: SicknessEvent[],
  completions: SeededTimeline['completions'],
  today: string,
): SeededTimeline | null {
  const period = computeSicknessPeriods(events, today).at(-1);
  if (!period) return null;
  const timeline = computePoortwachterTimeline({
    period,
    today,
    completions: completions.map(({ kind, sequence, completedOn }) =>
      kind === 'evaluation' ? { kind, sequence, completedOn } : { kind, completedOn },
    ),
  });
  return { events, completions, timeline, periodSequence: period.sequence };
}
