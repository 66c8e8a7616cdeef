#!/usr/bin/env node
// The container's health check: exit 0 when GET /healthz on HEALTH_PORT answers 200 within
// a few seconds, else 1.
const port = process.env.HEALTH_PORT || "9090";
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) });
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  process.stderr.write(`healthcheck: http://127.0.0.1:${port}/healthz: ${error?.message ?? error}\n`);
  process.exit(1);
}
