//! Value types that parse user input once and cannot hold invalid data.

pub mod deadline;
pub mod slug;
