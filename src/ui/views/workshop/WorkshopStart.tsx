import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { Scenario } from '../../../domain/scenario';
import { createWorkshop, type Workshop } from '../../../domain/workshop';
import { localDate } from '../../download';
import { newWorkshopId } from '../../workshop/workshop-file';
import { TextField } from './TextField';
import { detailsFormSchema, type DetailsForm } from './workshop-forms';
import { WorkshopFileButton } from './WorkshopFileButton';

/** No workshop yet: set one up for the scenario, or open one a facilitator shared (a participant's own device). */
export function WorkshopStart({ scenario, hash, onStart, onOpenFile }: { scenario: Scenario; hash: string; onStart: (workshop: Workshop) => void; onOpenFile: (file: File) => void }) {
  const form = useForm<DetailsForm>({ resolver: zodResolver(detailsFormSchema), defaultValues: { title: '', date: localDate(), facilitator: '' } });
  const start = form.handleSubmit((details) => onStart(createWorkshop(scenario, { id: newWorkshopId(), ...details }, new Date(), hash)));
  const errors = form.formState.errors;
  return (
    <div className="workshop-start">
      <section aria-labelledby="workshop-new">
        <h2 id="workshop-new">Set up a workshop</h2>
        <p className="muted">
          For a group deciding together: add the participants, collect each one&apos;s weights in rounds, reveal how far they differ, discuss, and vote again. Everything is kept in this browser
          as you go.
        </p>
        <form onSubmit={start} noValidate className="workshop-form">
          <TextField id="workshop-title" label="Title" registration={form.register('title')} error={errors.title?.message} />
          <TextField id="workshop-date" label="Date" type="date" registration={form.register('date')} error={errors.date?.message} />
          <TextField id="workshop-facilitator" label="Facilitator (optional)" registration={form.register('facilitator')} error={errors.facilitator?.message} />
          <button type="submit" className="primary">
            Set up the workshop
          </button>
        </form>
      </section>
      <section aria-labelledby="workshop-join">
        <h2 id="workshop-join">Join one on this device</h2>
        <p className="muted">Open the workshop file the facilitator shared, enter your judgements, and hand back a ballot file or a code. Nothing goes over a network.</p>
        <WorkshopFileButton onFile={onOpenFile} />
      </section>
    </div>
  );
}
