import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { participantLabel, withAnonymous, withoutParticipant, withParticipant, type Workshop, type WorkshopChange } from '../../../domain/workshop';
import { ScenarioText } from '../../components/ScenarioText';
import { ScrollRegion } from '../../components/ScrollRegion';
import { TextField } from './TextField';
import { participantFormSchema, type ParticipantForm } from './workshop-forms';

const BLANK: ParticipantForm = { name: '', role: '', organisation: '' };

/** The next free id "p<n>": ids stay short and never collide with one removed earlier in the same workshop. */
function nextParticipantId(workshop: Workshop): string {
  const taken = new Set(workshop.participants.map((p) => p.id));
  let n = workshop.participants.length + 1;
  while (taken.has(`p${n}`)) n++;
  return `p${n}`;
}

/**
 * Who is in the room. In anonymous mode names are hidden in every view and
 * export; only here, during set-up, does the facilitator see whom each number
 * stands for, to tell each participant theirs.
 */
export function ParticipantsPanel({
  workshop,
  onUpdate,
  onAttempt,
}: {
  workshop: Workshop;
  onUpdate: (change: (w: Workshop) => Workshop) => void;
  onAttempt: (change: (w: Workshop) => WorkshopChange) => void;
}) {
  const form = useForm<ParticipantForm>({ resolver: zodResolver(participantFormSchema), defaultValues: BLANK });
  const add = form.handleSubmit((typed) => {
    onUpdate((w) => withParticipant(w, { id: nextParticipantId(w), ...typed }));
    form.reset(BLANK);
    form.setFocus('name');
  });
  const errors = form.formState.errors;
  const showNames = !workshop.anonymous || workshop.flow === 'setup';
  return (
    <section aria-labelledby="participants-title" className="workshop-part">
      <h2 id="participants-title">Participants ({workshop.participants.length})</h2>
      <label className="check">
        <input type="checkbox" checked={workshop.anonymous} onChange={(e) => onUpdate((w) => withAnonymous(w, e.target.checked))} /> Anonymous: show participants as numbers in every view
        and export
      </label>
      {workshop.participants.length > 0 ? (
        <ScrollRegion label="Participants">
          <table className="participants">
            <thead>
              <tr>
                <th scope="col">Participant</th>
                {showNames ? (
                  <>
                    {workshop.anonymous ? <th scope="col">Name (shown only in set-up)</th> : null}
                    <th scope="col">Role</th>
                    <th scope="col">Organisation</th>
                  </>
                ) : null}
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workshop.participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <ScenarioText>{participantLabel(workshop, p.id)}</ScenarioText>
                  </th>
                  {showNames ? (
                    <>
                      {workshop.anonymous ? (
                        <td>
                          <ScenarioText>{p.name}</ScenarioText>
                        </td>
                      ) : null}
                      <td>
                        <ScenarioText>{p.role}</ScenarioText>
                      </td>
                      <td>
                        <ScenarioText>{p.organisation}</ScenarioText>
                      </td>
                    </>
                  ) : null}
                  <td>
                    <button type="button" onClick={() => onAttempt((w) => withoutParticipant(w, p.id))} aria-label={`Remove ${participantLabel(workshop, p.id)}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="muted">No participants yet.</p>
      )}
      {workshop.flow === 'decided' ? null : (
        <form onSubmit={add} noValidate className="participant-form" aria-label="Add a participant">
          <TextField id="participant-name" label="Name" registration={form.register('name')} error={errors.name?.message} />
          <TextField id="participant-role" label="Role (optional)" registration={form.register('role')} error={errors.role?.message} />
          <TextField id="participant-organisation" label="Organisation (optional)" registration={form.register('organisation')} error={errors.organisation?.message} />
          <button type="submit">Add participant</button>
        </form>
      )}
    </section>
  );
}
