import type { AppContext } from '../../context';

/** Placeholder: the built-in SMTP receiver and the IMAP poll job. Returns what stops them. */
export async function startEmailWorkers(_ctx: AppContext): Promise<() => Promise<void>> {
  return async () => undefined;
}
