//! CSV import/export (STUB).
