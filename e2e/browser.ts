import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium to drive: CHROMIUM_PATH if set, else Debian's package; null when neither is installed. */
export function chromiumPath(): string | null {
  const candidate = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: install it or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    // Headless in a container as root, with nothing reaching out to the network on its own.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
