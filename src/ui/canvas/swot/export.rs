//! The SWOT export menu's choices, turned into files by the pure `export` module.

use super::SwotExport;
use crate::export::swot::{swot_board_svg, swot_markdown, tows_matrix_svg};
use crate::i18n::Lang;
use crate::model::Project;
use crate::ui::canvas::deliver::{deliver, Output};
use crate::ui::widgets::toast::Toaster;

pub fn export_swot(project: &Project, what: SwotExport, lang: Lang, toaster: &Toaster) {
    let output = match what {
        SwotExport::BoardSvg => Output::Svg { suffix: "SWOT", svg: swot_board_svg(project, lang) },
        SwotExport::BoardPng => Output::Png { suffix: "SWOT", svg: swot_board_svg(project, lang) },
        SwotExport::TowsSvg => Output::Svg { suffix: "TOWS", svg: tows_matrix_svg(project, lang) },
        SwotExport::TowsPng => Output::Png { suffix: "TOWS", svg: tows_matrix_svg(project, lang) },
        SwotExport::Markdown => Output::Markdown { suffix: "SWOT", text: swot_markdown(project, lang) },
        SwotExport::CopyMarkdown => Output::Clipboard { text: swot_markdown(project, lang) },
    };
    deliver(project, output, lang, toaster);
}
