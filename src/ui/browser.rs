//! Small wrappers over browser APIs the UI needs: the clock, local time formatting, the
//! address fragment, file downloads and the persistent-storage request. Failures come back as
//! values; nothing here panics when an API is missing.

use crate::i18n::Lang;
use crate::model::Timestamp;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn now() -> Timestamp {
    Timestamp::from_js_millis(js_sys::Date::now())
}

fn local_date(at: Timestamp) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.0 as f64))
}

/// "14:02" in the user's time zone.
/// A key event as the canvases read it (see `interaction`).
pub fn key_press(e: &web_sys::KeyboardEvent) -> crate::interaction::KeyPress {
    crate::interaction::KeyPress { key: e.key(), command: e.ctrl_key() || e.meta_key(), shift: e.shift_key(), alt: e.alt_key() }
}

/// 32 random bits from `crypto.getRandomValues` (`Math.random` where a browser refuses it).
pub fn random_u32() -> u32 {
    let mut bytes = [0u8; 4];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok()) {
        u32::from_le_bytes(bytes)
    } else {
        (js_sys::Math::random() * 4_294_967_296.0) as u32
    }
}

/// 16 bytes from `crypto.getRandomValues`, or `None` where the browser has no such source
/// (an unguessable room id has no weaker fallback).
pub fn random_bytes16() -> Option<[u8; 16]> {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok())?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

pub fn clock(at: Timestamp) -> String {
    let d = local_date(at);
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// "2026-11-25 14:02" in the user's time zone.
pub fn date_time(at: Timestamp) -> String {
    let d = local_date(at);
    format!("{}-{:02}-{:02} {}", d.get_full_year(), d.get_month() + 1, d.get_date(), clock(at))
}

pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

pub fn set_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}

/// Replaces the fragment without a history entry or a `hashchange` event (a share link must
/// not stay in the address bar or come back with the Back button).
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let base = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{base}{fragment}")));
    }
}

/// The page's address without its fragment, to build share links from.
pub fn address_without_fragment() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let href = window.location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut languages: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// Sets `<html lang>` so screen readers and fonts pick the right language.
pub fn set_document_lang(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(title);
    }
}

/// Offers `text` to the user as a file download.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let describe = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").map_err(describe)?.dyn_into().map_err(|_| "not an anchor")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `text` on the clipboard; false when the browser refuses (no permission, no clipboard).
pub async fn copy_text(text: &str) -> bool {
    match web_sys::window().map(|w| w.navigator().clipboard()) {
        Some(clipboard) => JsFuture::from(clipboard.write_text(text)).await.is_ok(),
        None => false,
    }
}

/// Asks the browser to keep this origin's storage (`navigator.storage.persist()`), or only
/// reports whether it already does when `ask` is false. Resolves to false where unsupported.
pub async fn storage_persistence(ask: bool) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let manager = window.navigator().storage();
    // Older browsers have no StorageManager; the binding then holds `undefined`.
    if JsValue::from(manager.clone()).is_undefined() {
        return false;
    }
    let promise = if ask { manager.persist() } else { manager.persisted() };
    match promise {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    }
}

/// Reads `width="…"` and `height="…"` from an SVG's root element, in pixels.
pub fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let root_end = svg.find('>')?;
    let root = &svg[..root_end];
    let attr = |name: &str| -> Option<f64> {
        let start = root.find(&format!(" {name}=\""))? + name.len() + 3;
        // JavaScript's parseFloat (it ignores a trailing "px"): Rust's float parser would add
        // its 10 KB table of powers of five to the wasm.
        let value = js_sys::Number::parse_float(root[start..].split('"').next()?);
        value.is_finite().then_some(value)
    };
    Some((attr("width")?, attr("height")?))
}

/// Draws `svg` on a canvas at twice its size and offers it as a PNG download. Reports
/// failures through a toast, since the image loads asynchronously.
pub fn download_svg_as_png(svg: &str, file_name: &str, toaster: crate::ui::widgets::toast::Toaster) {
    use crate::ui::widgets::toast::Toast;
    let fail = |toaster: &crate::ui::widgets::toast::Toaster, why: &str| toaster.show(Toast::text(format!("PNG: {why}")));
    let Some((width, height)) = svg_size(svg) else { return fail(&toaster, "no size") };
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let url = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob));
    let (Ok(url), Ok(image)) = (url, web_sys::HtmlImageElement::new()) else { return fail(&toaster, "no image") };
    let file_name = file_name.to_owned();
    let (loaded, image_for_load, url_for_load, toaster_for_load) = (image.clone(), image.clone(), url.clone(), toaster.clone());
    gloo::events::EventListener::once(&loaded, "load", move |_| {
        let _ = web_sys::Url::revoke_object_url(&url_for_load);
        let drawn = (|| -> Option<String> {
            let document = web_sys::window()?.document()?;
            let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
            canvas.set_width((width * 2.0) as u32);
            canvas.set_height((height * 2.0) as u32);
            let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
            context.scale(2.0, 2.0).ok()?;
            context.set_fill_style_str("#ffffff");
            context.fill_rect(0.0, 0.0, width, height);
            context.draw_image_with_html_image_element(&image_for_load, 0.0, 0.0).ok()?;
            canvas.to_data_url_with_type("image/png").ok()
        })();
        match drawn {
            Some(data_url) => {
                if let Some(anchor) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.create_element("a").ok())
                    .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
                {
                    anchor.set_href(&data_url);
                    anchor.set_download(&file_name);
                    anchor.click();
                }
            }
            None => fail(&toaster_for_load, "drawing failed"),
        }
    })
    .forget();
    let url_for_error = url.clone();
    gloo::events::EventListener::once(&image, "error", move |_| {
        let _ = web_sys::Url::revoke_object_url(&url_for_error);
        fail(&toaster, "the SVG could not be drawn");
    })
    .forget();
    image.set_src(&url);
}

/// Records a `performance.measure(name)` spanning `work`, for the benchmarks
/// (`tests/bench/*.mjs` read these entries). Costs two marks when nobody reads them.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

/// The value of the form control an event came from (input, text area or select), or "".
pub fn field_value(event: &web_sys::Event) -> String {
    use wasm_bindgen::JsCast;
    let Some(target) = event.target() else { return String::new() };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Whether a key event was aimed at `node` itself (not at a field inside it, whose keys are
/// the field's own).
pub fn aimed_at(e: &web_sys::KeyboardEvent, node: &yew::NodeRef) -> bool {
    use wasm_bindgen::JsCast;
    e.target().zip(node.get()).is_some_and(|(target, node)| target.dyn_ref::<web_sys::Node>().is_some_and(|t| t.is_same_node(Some(&node))))
}

/// Gives `node` the keyboard focus without scrolling the page (a click must not move what
/// is under the pointer).
pub fn focus_without_scrolling(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Reads a chosen file's bytes and hands them, or the browser's reason, to `done`. Every CSV
/// picker goes through this one function, so the reader is compiled once, not per caller.
pub fn read_file_bytes(file: web_sys::File, done: Box<dyn FnOnce(Result<Vec<u8>, String>)>) -> gloo::file::callbacks::FileReader {
    gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |result| done(result.map_err(|e| e.to_string())))
}
