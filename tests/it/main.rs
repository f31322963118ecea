//! The integration tests: one binary (one link step) for every feature.
//! Each test drives the real HTTP app or the real binary.

#[macro_use]
mod common;

mod accounts;
mod backup;
mod bench_smoke;
mod browser;
mod circulation;
mod cli;
mod deployment;
mod duplicates;
mod foundation;
mod hostile;
mod languages;
mod lifecycle;
mod open_page;
mod operations;
mod privacy;
mod publication;
mod schema;
mod share;
mod signing;
mod snapshots;
mod standalone;
mod statements;
mod structure;
mod teams;
mod workspace;
