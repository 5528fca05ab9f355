//! Hands an export to the user: an SVG, Markdown or CSV file download, a PNG drawn from an SVG, or
//! text on the clipboard. Every canvas's export menu ends here; failures become toasts.

use crate::i18n::{Lang, Text};
use crate::model::Project;
use crate::persist::export_file_name;
use crate::ui::browser;
use crate::ui::widgets::toast::{Toast, Toaster};

/// One finished export. `suffix` ends the file name, after the project's name.
pub enum Output {
    Svg { suffix: &'static str, svg: String },
    Png { suffix: &'static str, svg: String },
    Markdown { suffix: &'static str, text: String },
    Csv { suffix: &'static str, text: String },
    Clipboard { text: String },
}

pub fn deliver(project: &Project, output: Output, lang: Lang, toaster: &Toaster) {
    let file_name = export_file_name(&project.name);
    let stem = file_name.trim_end_matches(".json");
    let result = match output {
        Output::Svg { suffix, svg } => browser::download_text(&format!("{stem}-{suffix}.svg"), "image/svg+xml", &svg),
        Output::Png { suffix, svg } => {
            browser::download_svg_as_png(&svg, &format!("{stem}-{suffix}.png"), toaster.clone());
            Ok(())
        }
        Output::Markdown { suffix, text } => browser::download_text(&format!("{stem}-{suffix}.md"), "text/markdown", &text),
        Output::Csv { suffix, text } => browser::download_text(&format!("{stem}-{suffix}.csv"), "text/csv", &text),
        Output::Clipboard { text } => {
            let toaster = toaster.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = browser::copy_text(&text).await;
                toaster.show(if copied { Toast::text(lang.tr(Text::Copied)) } else { Toast::copy_failed(lang.tr(Text::CopyFailed), &text) });
            });
            Ok(())
        }
    };
    if let Err(error) = result {
        toaster.show(Toast::text(error));
    }
}
