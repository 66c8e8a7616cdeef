import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import type { Socket } from "node:net";
import { Agent, buildConnector, type Dispatcher } from "undici";
import { isPublicAddress } from "./public-address.ts";

/** The error code of a connection refused because the address is not public. */
export const PRIVATE_ADDRESS = "EPRIVATEADDRESS";

function refused(host: string, address: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${host} is ${address}, not a public address`);
  error.code = PRIVATE_ADDRESS;
  return error;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Which peer addresses may be connected to. */
export type AddressFilter = (address: string) => boolean;

/** A `dns.lookup` that fails when any address a name resolves to is not allowed. */
export function guardedLookup(isAllowed: AddressFilter) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => lookupAllowed(hostname, options, callback, isAllowed);
}

function lookupAllowed(hostname: string, options: LookupOptions, callback: LookupCallback, isAllowed: AddressFilter): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const bad = addresses.find((entry) => !isAllowed(entry.address));
    if (bad) return callback(refused(hostname, bad.address), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

/**
 * An undici connector that only connects to allowed addresses: names are resolved through
 * `guardedLookup` and the connected socket's peer address is checked again (IP literals skip
 * the lookup; a resolver could answer differently twice).
 */
export function createGuardedConnector(isAllowed: AddressFilter = isPublicAddress): buildConnector.connector {
  const connect = buildConnector({ lookup: guardedLookup(isAllowed) as never });
  return (options, callback) => {
    connect(options, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error("no socket"), null);
      const peer = (socket as Socket).remoteAddress ?? "";
      if (!isAllowed(peer)) {
        socket.destroy();
        return callback(refused(options.hostname, peer || "unknown"), null);
      }
      callback(null, socket);
    });
  };
}

/** An undici dispatcher over `createGuardedConnector`. */
export function createGuardedDispatcher(isAllowed: AddressFilter = isPublicAddress): Dispatcher {
  return new Agent({ connect: createGuardedConnector(isAllowed) });
}
