//! Carrying out a SWOT export chosen in the menu: SVG and Markdown files come from the pure
//! `export` module; PNG is that SVG drawn on a canvas; "copy" puts the Markdown on the
//! clipboard. Failures become toasts.

use super::SwotExport;
use crate::export::swot::{swot_board_svg, swot_markdown, tows_matrix_svg};
use crate::i18n::{Lang, Text};
use crate::model::Project;
use crate::persist::export_file_name;
use crate::ui::browser;
use crate::ui::widgets::toast::{Toast, Toaster};
use wasm_bindgen_futures::JsFuture;

pub fn export_swot(project: &Project, what: SwotExport, lang: Lang, toaster: &Toaster) {
    let stem = export_file_name(&project.name);
    let stem = stem.trim_end_matches(".json");
    let result = match what {
        SwotExport::BoardSvg => {
            browser::download_text(&format!("{stem}-SWOT.svg"), "image/svg+xml", &swot_board_svg(project, lang))
        }
        SwotExport::TowsSvg => {
            browser::download_text(&format!("{stem}-TOWS.svg"), "image/svg+xml", &tows_matrix_svg(project, lang))
        }
        SwotExport::BoardPng => {
            browser::download_svg_as_png(&swot_board_svg(project, lang), &format!("{stem}-SWOT.png"), toaster.clone());
            Ok(())
        }
        SwotExport::TowsPng => {
            browser::download_svg_as_png(&tows_matrix_svg(project, lang), &format!("{stem}-TOWS.png"), toaster.clone());
            Ok(())
        }
        SwotExport::Markdown => {
            browser::download_text(&format!("{stem}-SWOT.md"), "text/markdown", &swot_markdown(project, lang))
        }
        SwotExport::CopyMarkdown => {
            let text = swot_markdown(project, lang);
            let toaster = toaster.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match web_sys::window().map(|w| w.navigator().clipboard()) {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                    None => false,
                };
                if copied {
                    toaster.show(Toast::text(lang.tr(Text::Copied)));
                } else {
                    toaster.show(Toast::text(lang.trf(Text::ErrStorage, &["clipboard"])));
                }
            });
            Ok(())
        }
    };
    if let Err(error) = result {
        toaster.show(Toast::text(error));
    }
}
