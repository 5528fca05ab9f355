//! The blueprint's export menu: the whole blueprint as SVG or PNG, and the fail-point register
//! as CSV or Markdown.

use crate::export::blueprint::{blueprint_svg, register_csv, register_markdown};
use crate::i18n::Lang;
use crate::model::Project;
use crate::ui::canvas::deliver::{deliver, Output};
use crate::ui::widgets::toast::Toaster;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BlueprintExport {
    Svg,
    Png,
    RegisterCsv,
    RegisterMarkdown,
}

pub fn export_blueprint(project: &Project, what: BlueprintExport, lang: Lang, toaster: &Toaster) {
    let output = match what {
        BlueprintExport::Svg => Output::Svg { suffix: "blueprint", svg: blueprint_svg(project, lang) },
        BlueprintExport::Png => Output::Png { suffix: "blueprint", svg: blueprint_svg(project, lang) },
        BlueprintExport::RegisterCsv => Output::Csv { suffix: "fail-points", text: register_csv(project, lang) },
        BlueprintExport::RegisterMarkdown => Output::Markdown { suffix: "fail-points", text: register_markdown(project, lang) },
    };
    deliver(project, output, lang, toaster);
}
