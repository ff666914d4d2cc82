import type { LrSchedule } from '../../../../../shared/train';
import { SCHEDULES, scheduleOfKind } from '../lib/train-options';
import { setParam, useTrainStore } from '../state/train-store';
import { FormField } from './FormField';
import { ParamNumber } from './ParamNumber';

/** The learning-rate schedule: its kind, then the numbers that kind takes. */
export function ScheduleSection() {
  const schedule = useTrainStore((s) => s.draft?.schedule);
  const base = useTrainStore((s) => s.defaults?.params.schedule);
  const error = useTrainStore((s) => s.startErrors?.fields.schedule);
  if (!schedule) return null;
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Learning-rate schedule</legend>
      <div className="param-grid">
        <FormField label="Schedule" error={error} changed={base?.kind !== schedule.kind}>
          {(id, describedBy) => (
            <select
              id={id}
              className="input"
              value={schedule.kind}
              aria-describedby={describedBy}
              onChange={(e) =>
                setParam('schedule', scheduleOfKind(e.target.value as LrSchedule['kind'], schedule))
              }
            >
              {SCHEDULES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {schedule.kind === 'step' && (
          <>
            <ParamNumber path="schedule.every" label="Every (epochs)" integer />
            <ParamNumber path="schedule.factor" label="Factor" help="Multiplies the rate, 0 to 1." />
          </>
        )}
        {schedule.kind === 'cosine' && <ParamNumber path="schedule.minLr" label="Minimum rate" />}
        {schedule.kind === 'exponential' && (
          <ParamNumber path="schedule.gamma" label="Gamma" help="Rate × gamma^epoch." />
        )}
      </div>
    </fieldset>
  );
}
