//! The org chart's export menu: the chart as SVG or PNG (whole, however large) and the
//! positions as CSV in the documented columns.

use crate::export::org::{org_svg, OrgSvgLabels};
use crate::i18n::{Lang, OrgText};
use crate::model::org::table::write_csv;
use crate::model::Project;
use crate::ui::canvas::deliver::{deliver, Output};
use crate::ui::widgets::toast::Toaster;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OrgExport {
    ChartSvg,
    ChartPng,
    Csv,
}

/// The whole chart as SVG in the UI language (also what printing shows).
pub fn chart_svg(project: &Project, lang: Lang) -> String {
    let labels = OrgSvgLabels { title: &project.name, vacant: lang.tr(OrgText::Vacant), hidden: lang.tr(OrgText::HiddenLabel) };
    org_svg(&project.org, &labels)
}

pub fn export_org(project: &Project, what: OrgExport, lang: Lang, toaster: &Toaster) {
    let output = match what {
        OrgExport::ChartSvg => Output::Svg { suffix: "org-chart", svg: chart_svg(project, lang) },
        OrgExport::ChartPng => Output::Png { suffix: "org-chart", svg: chart_svg(project, lang) },
        OrgExport::Csv => Output::Csv { suffix: "positions", text: write_csv(&project.org) },
    };
    deliver(project, output, lang, toaster);
}
