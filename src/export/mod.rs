//! Exports: pure functions that turn a project into files a user takes elsewhere — standalone
//! SVG (drawn to PNG by the browser), Markdown summaries and CSV tables, per canvas (`swot`,
//! `forces`, `org`, `blueprint`).
//! Nothing here names a web crate, so every export is tested natively. Invariants: user text is
//! escaped for its target format (`svg::escape_xml`, `markdown::escape_markdown`) and never
//! becomes markup; SVG uses real `<text>` with a CJK-capable font stack and no `foreignObject`.

pub mod blueprint;
pub mod forces;
pub mod markdown;
pub mod org;
pub mod quality;
pub mod svg;
pub mod swot;
pub mod text_fit;

pub use blueprint::{blueprint_svg, register_csv, register_markdown};
pub use forces::{forces_assessment_svg, forces_diagram_svg, forces_markdown};
pub use markdown::escape_markdown;
pub use org::{org_svg, OrgSvgLabels};
pub use quality::{quality_markdown, quality_svg, statements_csv};
pub use swot::{swot_board_svg, swot_markdown, tows_matrix_svg};
