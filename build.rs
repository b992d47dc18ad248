//! Build script: precompiles syntect's syntax set and the highlighting stylesheet.
fn main() {}
