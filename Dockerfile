# Two stages: build with the Rust toolchain, run on a small Debian image.
# SQLite, libpq and OpenSSL are compiled in (bundled/vendored), so the runtime needs no -dev packages.
FROM rust:1-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src src
COPY migrations migrations
COPY templates templates
COPY assets assets
RUN cargo build --release --locked

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/carecircle carecircle && mkdir -p /var/lib/carecircle && chown carecircle /var/lib/carecircle
COPY --from=build /src/target/release/carecircle /usr/local/bin/carecircle
USER carecircle
WORKDIR /var/lib/carecircle
ENV BIND_ADDR=0.0.0.0:8080
EXPOSE 8080
CMD ["carecircle", "serve"]
