# syntax=docker/dockerfile:1
# diemtin: the bot compiled to JavaScript, production dependencies only, as the "node" user.
# NOTE: tests/deploy/dockerfile.test.ts performs these steps (COPY, RUN, ENV, CMD) in
# temporary folders on every CI run; keep every RUN an npm command it can perform.

ARG NODE_IMAGE=node:20-bookworm-slim

# Compiles TypeScript to dist/ with the dev dependencies.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build

# Production dependencies only (better-sqlite3 takes its prebuilt binary for Node 20).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HEALTH_PORT=9090
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY seeds ./seeds
USER node
VOLUME ["/data"]
EXPOSE 8080 3000 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=2m --retries=3 CMD ["node", "bin/healthcheck.mjs"]
# NOTE: node is PID 1 and receives SIGTERM itself (exec form, no shell); the bot stops cleanly.
CMD ["node", "dist/adapters/main.js"]
