import { useMonitorStore } from '../../state/monitor-store';
import { useImproveSync } from '../state/use-improve-sync';
import { CyclesPanel } from './CyclesPanel';
import { PoliciesPanel } from './PoliciesPanel';
import { TimelinePanel } from './TimelinePanel';
import '../improve.css';

/** The continuous-improvement loop of the Monitor step's open model: policies, cycles, timeline. */
export function ImprovePanels() {
  useImproveSync();
  const modelName = useMonitorStore((s) => s.selectedModel);
  if (!modelName) return null;
  return (
    <>
      <PoliciesPanel modelName={modelName} />
      <CyclesPanel modelName={modelName} />
      <TimelinePanel modelName={modelName} />
    </>
  );
}
