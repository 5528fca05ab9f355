//! Design checks (STUB).
