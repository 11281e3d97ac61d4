import { lookup as lookupCallback, promises as dns, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../http/app-error';

/**
 * An address a webhook may not reach unless an admin allowed it: anything but
 * public unicast (loopback, private, link-local such as the cloud metadata
 * service, unique-local, CGNAT, multicast, unspecified, reserved…). An
 * IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
 */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() !== 'unicast';
}

/** The URL's host without IPv6 brackets; the URL parser has already normalised IPv4 forms like 0x7f.1. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
}

/** A URL whose host is a literal IP address (no look-up happens for it) that is private; else null. */
export function privateLiteralProblem(url: string, allowPrivate: boolean): string | null {
  const host = hostOf(url);
  if (allowPrivate || !ipaddr.isValid(host)) return null;
  return isPrivateAddress(host) ? `${host} is a private or reserved address` : null;
}

/**
 * Why a delivery may not go to this URL, or null. Host names are resolved and
 * every address they resolve to must be public: a name resolving to 127.0.0.1
 * is as private as the literal.
 */
export async function targetProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = hostOf(url);
  if (ipaddr.isValid(host)) return privateLiteralProblem(url, allowPrivate);
  let addresses: LookupAddress[];
  try {
    addresses = await dns.lookup(host, { all: true, verbatim: true });
  } catch {
    return `The host name ${host} does not resolve`;
  }
  const refused = addresses.find((entry) => isPrivateAddress(entry.address));
  return refused ? `${host} resolves to ${refused.address}, a private or reserved address` : null;
}

/** Refuses (422 naming `url`) a URL a delivery may not reach: checked when an endpoint is created or changed. */
export async function checkWebhookTarget(url: string, allowPrivate: boolean): Promise<void> {
  const problem = await targetProblem(url, allowPrivate);
  if (problem) {
    throw new AppError('validation_failed', `The webhook URL is not allowed: ${problem}`, {
      url: `${problem}; only an admin's allowPrivate permits it`,
    });
  }
}

/**
 * The DNS look-up a delivery's socket uses: the addresses it connects to are the
 * ones checked here, so a name that changed to a private address since the
 * endpoint was saved (or between two look-ups: DNS rebinding) is refused.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
      if (refused) {
        return callback(
          Object.assign(new Error(`${hostname} resolves to ${refused.address}, a private or reserved address`), {
            code: 'EPRIVATEADDRESS',
          }),
          '',
          0,
        );
      }
      const [first] = addresses;
      if (options.all) return callback(null, addresses);
      if (!first)
        return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}
