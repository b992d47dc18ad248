//! Plain data types passed between the pipeline stages.
//!
//! In and out: these types are what stages exchange. Must not: depend on any stage; only the
//! leaves `citation` and `text` (whose `Citation` and `Script` it re-exports).
//!
//! Every stage takes some of these in and gives some out; none of them holds behaviour beyond small
//! helpers for display, so that a stage can be tested alone with hand-made values.

pub use crate::citation::Citation;
pub use crate::text::Script;

mod dates;
mod events;
mod fact;
mod officials;
mod sources;

pub use dates::*;
pub use events::*;
pub use fact::*;
pub use officials::*;
pub use sources::*;
