# Production image for Relief CMS. Expects DATABASE_URL and PAYLOAD_SECRET at run time.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app ./
RUN mkdir -p media && chown -R node:node media .next
USER node
EXPOSE 3000
# Applies pending migrations (under an advisory lock), then serves.
CMD ["npm", "start"]
