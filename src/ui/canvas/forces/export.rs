//! The five-forces export menu's choices, turned into files by the pure `export` module.

use crate::export::forces::{forces_assessment_svg, forces_diagram_svg, forces_markdown};
use crate::i18n::Lang;
use crate::model::Project;
use crate::ui::canvas::deliver::{deliver, Output};
use crate::ui::widgets::toast::Toaster;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ForcesExport {
    DiagramSvg,
    DiagramPng,
    AssessmentSvg,
    AssessmentPng,
    Markdown,
    CopyMarkdown,
}

pub fn export_forces(project: &Project, what: ForcesExport, lang: Lang, toaster: &Toaster) {
    let output = match what {
        ForcesExport::DiagramSvg => Output::Svg { suffix: "five-forces", svg: forces_diagram_svg(project, lang) },
        ForcesExport::DiagramPng => Output::Png { suffix: "five-forces", svg: forces_diagram_svg(project, lang) },
        ForcesExport::AssessmentSvg => Output::Svg { suffix: "assessment", svg: forces_assessment_svg(project, lang) },
        ForcesExport::AssessmentPng => Output::Png { suffix: "assessment", svg: forces_assessment_svg(project, lang) },
        ForcesExport::Markdown => Output::Markdown { suffix: "five-forces", text: forces_markdown(project, lang) },
        ForcesExport::CopyMarkdown => Output::Clipboard { text: forces_markdown(project, lang) },
    };
    deliver(project, output, lang, toaster);
}
