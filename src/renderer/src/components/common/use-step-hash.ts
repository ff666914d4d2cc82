import { useEffect } from 'react';
import type { StepId } from '../../../../shared/workspace';
import { useAppStore } from '../../store/app-store';

const STEPS: readonly StepId[] = ['data', 'train', 'evaluate', 'deploy', 'monitor'];

function stepFromHash(): StepId | null {
  const id = window.location.hash.replace(/^#\/?/, '');
  return (STEPS as readonly string[]).includes(id) ? (id as StepId) : null;
}

/** Keep the selected step in the URL hash (#/train), so a reload shows the same step. */
export function useStepHash(): void {
  useEffect(() => {
    const initial = stepFromHash();
    if (initial) useAppStore.getState().selectStep(initial);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.selectedStep !== prev.selectedStep) history.replaceState(null, '', `#/${s.selectedStep}`);
    });
    const onHash = () => {
      const step = stepFromHash();
      if (step) useAppStore.getState().selectStep(step);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
}
