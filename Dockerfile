# Bronwijzer container image. UNTESTED HERE: the development machine has no
# Docker engine; the same binary and configuration are tested natively.
# See docs/operations.md.
#
#   docker build -t bronwijzer .
#   docker run --rm -v bronwijzer-data:/data bronwijzer keys create --name beheer --scope admin
#   docker run --rm -v bronwijzer-data:/data bronwijzer ingest /corpus
#   docker run --rm -p 8080:8080 -v bronwijzer-data:/data bronwijzer
#
# The server listens on 0.0.0.0:8080 inside the container, which Bronwijzer
# only allows once an API key exists (secure default): create one first.

# --- build -----------------------------------------------------------------
# Go 1.27.3, as the Makefile: 1.26.x has standard-library vulnerabilities
# the server reaches (docs/reliability.md, Security checks).
FROM golang:1.27.3-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Pure Go (the SQLite driver is modernc.org/sqlite): a static binary.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/bronwijzer ./cmd/bronwijzer

# --- run -------------------------------------------------------------------
# debian-slim rather than distroless: docker-compose.yml chains migrate,
# ingest and serve with sh. ca-certificates for LLM/embedding providers.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 bronwijzer \
 && useradd --system --uid 10001 --gid bronwijzer --home-dir /data --shell /usr/sbin/nologin bronwijzer \
 && mkdir -p /data && chown bronwijzer:bronwijzer /data
COPY --from=build /out/bronwijzer /usr/local/bin/bronwijzer
COPY corpus /corpus
# The container listens on all its interfaces in plain HTTP: TLS is
# terminated by the reverse proxy in front of it (docs/operations.md, TLS).
# To terminate TLS in the container instead, give BRONWIJZER_TLS_CERT and
# BRONWIJZER_TLS_KEY (certificate and key files, or their _FILE secret forms)
# and set BRONWIJZER_INSECURE_HTTP=false.
ENV BRONWIJZER_DATA_DIR=/data \
    BRONWIJZER_REGISTRY=/corpus/sources.json \
    BRONWIJZER_ADDR=0.0.0.0:8080 \
    BRONWIJZER_INSECURE_HTTP=true
VOLUME /data
WORKDIR /data
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["bronwijzer"]
CMD ["serve"]
