import { API, ViewList } from '@sincere/contracts';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { useServerEvents } from '../realtime/realtime-context';

/** The sidebar's views; built-in counts follow `views.changed` deltas without recounting. */
export function useViews() {
  const views = useResource((signal) => apiGet(API.views, ViewList, signal), []);
  const { setData } = views;
  useServerEvents((event) => {
    if (event.type !== 'views.changed') return;
    const counts: Partial<Record<string, number>> = event.counts;
    setData(
      (current) =>
        current && {
          items: current.items.map((view) => {
            const count = view.kind === 'built_in' ? counts[view.id] : undefined;
            return count === undefined ? view : { ...view, count };
          }),
        },
    );
  });
  return views;
}
