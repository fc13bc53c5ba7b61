# The app image: API server + built web app, seeding the configured store (Neo4j in docker-compose.yml).
FROM node:20-slim

WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Dependencies first, so code changes do not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
EXPOSE 8080

# Read-only until an account exists: `docker compose exec app npm run user -- add NAME --role editor`
# (accounts live in /app/data; set SESSION_SECRET, or keep /app/data on a volume so sessions survive).
# Seed (idempotent: MERGE by stable ids), then replace the shell with the server so it gets SIGTERM.
CMD ["sh", "-c", "npm run --silent seed && exec node --import tsx server/main.ts"]
