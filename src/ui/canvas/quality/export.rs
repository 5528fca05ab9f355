//! The service-quality export menu: the SERVQUAL sheet and gap model as SVG or PNG, a Markdown
//! summary (to a file or the clipboard), and the statement table as CSV.

use crate::export::quality::{quality_markdown, quality_svg, statements_csv};
use crate::i18n::{Lang, QualityText, Text};
use crate::model::Project;
use crate::ui::canvas::deliver::{deliver, Output};
use crate::ui::widgets::toast::Toaster;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum QualityExport {
    Svg,
    Png,
    Markdown,
    CopyMarkdown,
    StatementsCsv,
}

pub fn export_quality(project: &Project, what: QualityExport, lang: Lang, toaster: &Toaster) {
    let output = match what {
        QualityExport::Svg => Output::Svg { suffix: "service-quality", svg: quality_svg(project, lang) },
        QualityExport::Png => Output::Png { suffix: "service-quality", svg: quality_svg(project, lang) },
        QualityExport::Markdown => Output::Markdown { suffix: "service-quality", text: quality_markdown(project, lang) },
        QualityExport::CopyMarkdown => Output::Clipboard { text: quality_markdown(project, lang) },
        QualityExport::StatementsCsv => Output::Csv { suffix: "servqual-statements", text: statements_csv(project, lang) },
    };
    deliver(project, output, lang, toaster);
}

pub fn export_menu(lang: Lang, on_export: &Callback<QualityExport>) -> Html {
    let item = |what: QualityExport, label: &str| {
        let on_export = on_export.clone();
        html! { <button class="button" onclick={Callback::from(move |_| on_export.emit(what))}>{ label.to_owned() }</button> }
    };
    html! {
        <details class="export-menu">
            <summary class="button">{ lang.tr(Text::Export) }</summary>
            <div class="menu">
                { item(QualityExport::Svg, lang.tr(Text::ExportSvg)) }
                { item(QualityExport::Png, lang.tr(Text::ExportPng)) }
                { item(QualityExport::Markdown, lang.tr(Text::ExportMarkdown)) }
                { item(QualityExport::CopyMarkdown, lang.tr(Text::CopyMarkdown)) }
                { item(QualityExport::StatementsCsv, lang.tr(QualityText::ExportStatements)) }
            </div>
        </details>
    }
}
