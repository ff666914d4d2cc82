import { FormField } from '../params/FormField';
import { NumberInput } from '../params/NumberInput';
import { setInvalid, setTrain, type TuneSettings, useTrainStore } from '../state/train-store';

type NumberKey = Exclude<keyof TuneSettings, 'strategy'>;

function TuneNumber({
  field,
  label,
  help,
  optional = false,
  integer = true,
}: {
  field: NumberKey;
  label: string;
  help?: string;
  optional?: boolean;
  integer?: boolean;
}) {
  const value = useTrainStore((s) => s.tune[field]);
  return (
    <FormField label={label} help={help}>
      {(id, describedBy) => (
        <NumberInput
          id={id}
          value={value}
          integer={integer}
          optional={optional}
          describedBy={describedBy}
          onValidity={(ok) => setInvalid(`tune.${field}`, !ok)}
          onChange={(v) => setTrain((s) => ({ tune: { ...s.tune, [field]: v } }))}
        />
      )}
    </FormField>
  );
}

/** Strategy and budgets of a tuning. */
export function TuneSettingsFields() {
  const strategy = useTrainStore((s) => s.tune.strategy);
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Search</legend>
      <div className="param-grid">
        <FormField
          label="Strategy"
          help={
            strategy === 'hyperband'
              ? 'Successive halving: many short trials, the best 1/eta go on to more epochs.'
              : 'Every trial trains for the full max epochs.'
          }
        >
          {(id, describedBy) => (
            <select
              id={id}
              className="input"
              value={strategy}
              aria-describedby={describedBy}
              onChange={(e) =>
                setTrain((s) => ({
                  tune: { ...s.tune, strategy: e.target.value as TuneSettings['strategy'] },
                }))
              }
            >
              <option value="hyperband">Hyperband (ASHA)</option>
              <option value="random">Random search</option>
            </select>
          )}
        </FormField>
        <TuneNumber field="trials" label="Trials" help="Most trials to start." />
        <TuneNumber
          field="timeBudgetMinutes"
          label="Time budget (minutes)"
          help="Empty: no limit. No trial starts after it."
          optional
          integer={false}
        />
        <TuneNumber field="maxEpochs" label="Max epochs" help="The longest any trial trains." />
        {strategy === 'hyperband' && (
          <TuneNumber field="eta" label="Eta" help="Keep the best 1/eta per rung." />
        )}
        <TuneNumber field="concurrency" label="Concurrency" help="Trials at once; 1 suits one GPU." />
        <TuneNumber field="seed" label="Seed" />
      </div>
    </fieldset>
  );
}
