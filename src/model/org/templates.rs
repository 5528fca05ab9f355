//! Templates (STUB).
