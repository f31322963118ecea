# syntax=docker/dockerfile:1
#
# Container image of undersigned: the release binary on Debian slim.
#
#   docker build -t undersigned .
#   docker run -d --name undersigned -p 127.0.0.1:8080:8080 \
#     -v undersigned-data:/data -e PUBLIC_URL=https://sign.example.org \
#     --stop-timeout 40 undersigned
#
# See deploy/README.md for PostgreSQL, reverse proxies and backups.

# --- build -------------------------------------------------------------------
# The Rust image brings what the build needs besides the toolchain: a C
# compiler, make and perl (libpq and OpenSSL are compiled from source and
# linked statically; SQLite is bundled).
FROM rust:1.95-bookworm AS builder
WORKDIR /src

# Only what a release build of the binary reads. benches/ is needed because
# Cargo.toml declares a [[bench]] target, whose file must exist even when it
# is not built; tests/ and docs/ are not.
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
COPY locales ./locales
COPY benches ./benches

# The cargo registry and target folder are cache mounts, so a rebuild after a
# source change reuses compiled dependencies. The binary is copied out in the
# same step because the cache mount is not part of the image.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin undersigned \
 && install -m 0755 target/release/undersigned /usr/local/bin/undersigned

# --- run ---------------------------------------------------------------------
# The binary links only libc, libm and libgcc_s (no libpq, no libssl), so a
# slim image of the same Debian release as the builder is enough.
# ca-certificates: TLS to PostgreSQL (sslmode=require/verify-full).
# curl: the container health check (the binary has no such subcommand).
# fonts-wqy-zenhei: Chinese in the statement's PDF and share picture (the
# other scripts' fonts are inside the binary).
FROM debian:bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl fonts-wqy-zenhei \
 && rm -rf /var/lib/apt/lists/*

# A fixed, unprivileged uid, so that bind-mounted data folders can be
# prepared on the host with `chown 10001:10001`.
RUN groupadd --system --gid 10001 undersigned \
 && useradd --system --uid 10001 --gid 10001 --home-dir /data \
      --no-create-home --shell /usr/sbin/nologin undersigned \
 && mkdir -p /data \
 && chown undersigned:undersigned /data \
 && chmod 0700 /data

COPY --from=builder /usr/local/bin/undersigned /usr/local/bin/undersigned

# /data holds the SQLite database (undersigned.sqlite3) and the email outbox
# (outbox/). Templates and static files are inside the binary; nothing else
# is written.
ENV DATA_DIR=/data \
    BIND=0.0.0.0:8080
WORKDIR /data
VOLUME ["/data"]

USER 10001:10001
EXPOSE 8080

# SIGTERM lets requests in flight finish (up to 30 seconds): stop containers
# with a timeout above that, e.g. `docker stop -t 40` or `--stop-timeout 40`.
STOPSIGNAL SIGTERM

# /healthz answers 200 when the database answers, 503 otherwise.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/healthz"]

ENTRYPOINT ["/usr/local/bin/undersigned"]
CMD ["serve"]

LABEL org.opencontainers.image.title="undersigned" \
      org.opencontainers.image.description="Self-hosted joint-statement sign-on service" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
