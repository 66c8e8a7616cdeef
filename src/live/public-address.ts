import ipaddr from "ipaddr.js";

/**
 * Whether an IP address (IPv4 or IPv6, IPv4-mapped forms included) is a public unicast
 * address; false for loopback, private, unique-local, link-local, multicast, unspecified,
 * carrier-grade NAT, reserved and documentation ranges, and for text that is not an address.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return false;
  // NOTE: `process` turns ::ffff:127.0.0.1 into 127.0.0.1, so mapped forms get the IPv4 ranges.
  return ipaddr.process(bare).range() === "unicast";
}

/** Whether a URL host is an IP literal (`127.0.0.1`, `[::1]`) rather than a name. */
export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(hostname.replace(/^\[|\]$/g, ""));
}
