const BASE_MS = 1_000;
const MAX_MS = 30_000;

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential up to 30 s,
 * with jitter so a hundred agents do not all reconnect in the same instant
 * after a server restart.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
