//! Sample department (STUB).
