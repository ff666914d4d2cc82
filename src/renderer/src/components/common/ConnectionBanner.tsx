import { useAppStore } from '../../store/app-store';

/** Says so while the live event stream is down (browser mode reconnects by itself). */
export function ConnectionBanner() {
  const connection = useAppStore((s) => s.connection);
  const loaded = useAppStore((s) => s.info !== null);
  if (!loaded || connection !== 'closed') return null;
  return (
    <p className="banner" role="status">
      Lost the connection to the engine; reconnecting… Progress shown may be out of date until it is back.
    </p>
  );
}
