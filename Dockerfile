# The app image: API server + built web app, seeding the configured store (Neo4j in docker-compose.yml).
# Three stages: the web app is built with the dev dependencies, the runtime gets production dependencies
# only (tsx, which runs the server's TypeScript, is one of them) and runs as the unprivileged `node` user.
FROM node:20.20.2-slim AS build
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20.20.2-slim AS runtime-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20.20.2-slim
WORKDIR /app
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    HOST=0.0.0.0 \
    PORT=8080
# Code and dependencies belong to root and cannot be changed by the server; only the folders it writes
# (accounts and session key in data/, ingested articles in graph-seed/articles/) belong to `node`.
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY model ./model
COPY graph-seed ./graph-seed
COPY server ./server
COPY --from=build /app/dist ./dist
RUN mkdir -p data && chown -R node:node data graph-seed/articles
USER node
EXPOSE 8080

# Read-only until an account exists: `docker compose exec app npm run user -- add NAME --role editor`
# (accounts live in /app/data; set SESSION_SECRET, or keep /app/data on a volume so sessions survive).
# Seed (idempotent: MERGE by stable ids), then replace the shell with the server so it gets SIGTERM.
CMD ["sh", "-c", "npm run --silent seed && exec node --import tsx server/main.ts"]
