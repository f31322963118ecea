//! The final list of a statement and the ways it is published: the page,
//! print view, exports, JSON API and Atom feed (docs/SPEC.md §5).

pub mod cache;
pub mod export;
pub mod feed;
pub mod final_list;
pub mod pdf;
pub mod routes;
