//! Tidy layout of the chart (STUB: to be implemented).
