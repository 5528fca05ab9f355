//! The five-forces Markdown summary: each force with its factors, the verdict and rule, the
//! conclusion and the competitor register.

use super::*;

/// " (pressure 4, weight 2)" / "（强度评分 4，权重 2）"; empty when neither is set.
fn rating_tag(factor: &Factor, lang: Lang) -> String {
    let parts: Vec<String> = [(Text::Rating, factor.rating), (Text::Weight, factor.weight)]
        .into_iter()
        .filter_map(|(label, value)| value.map(|v| (label, v)))
        .map(|(label, v)| match lang {
            Lang::ZhCn => format!("{} {v}", lang.tr(label)),
            Lang::En => format!("{} {v}", lang.tr(label).to_ascii_lowercase()),
        })
        .collect();
    match (parts.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::ZhCn) => format!("（{}）", parts.join("，")),
        (false, Lang::En) => format!(" ({})", parts.join(", ")),
    }
}

/// "  - In SWOT: text" under a factor or competitor that was sent to the board.
fn write_sent(out: &mut String, project: &Project, origin: Origin, lang: Lang) {
    if let Some(item) = sent_item(project, origin) {
        let _ = writeln!(out, "  - {}", lang.trf(Text::SentToSwot, &[&escape_markdown(&item.text)]));
    }
}

/// The five-forces Markdown summary of `project` in `lang`: `# name`, a section per force
/// (intensity or "not assessed", then its factors in order with rating, weight and note), the
/// verdict with its rule, the conclusion and the competitor register.
pub fn forces_markdown(project: &Project, lang: Lang) -> String {
    let canvas = &*project.five_forces;
    let mut out = format!("# {}\n", escape_markdown(&project.name));
    for force in Force::ALL {
        let _ = writeln!(out, "\n## {}\n", lang.tr(force_label(force)));
        let found = intensity(canvas, force);
        let status = status_text(found, lang);
        let _ = if found.is_some() { writeln!(out, "{status}\n") } else { writeln!(out, "*{status}*\n") };
        let mut factors = canvas.force_factors(force).peekable();
        if factors.peek().is_none() {
            let _ = writeln!(out, "*{}*", lang.tr(Text::NotCoveredYet));
        }
        for factor in factors {
            let _ = writeln!(out, "- {}{}", escape_markdown(&factor.text), rating_tag(factor, lang));
            if !factor.note.trim().is_empty() {
                let _ = writeln!(out, "  - {}{}{}", lang.tr(Text::Note), colon(lang), escape_markdown(&factor.note));
            }
            write_sent(&mut out, project, Origin::Factor(factor.id), lang);
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.tr(Text::Assessment));
    let _ = writeln!(out, "**{}**\n", verdict_text(verdict(canvas), lang));
    let _ = writeln!(out, "{}", lang.tr(Text::VerdictRule));
    let paragraphs: Vec<String> = canvas.conclusion.lines().map(escape_markdown).filter(|line| !line.is_empty()).collect();
    if !paragraphs.is_empty() || canvas.response.is_some() {
        let _ = writeln!(out, "\n## {}\n", lang.tr(Text::Conclusion));
    }
    if let Some(response) = canvas.response {
        let (name, hint) = response_label(response);
        let _ = writeln!(out, "**{}{}{}** — {}\n", lang.tr(Text::Response), colon(lang), lang.tr(name), lang.tr(hint));
    }
    if !paragraphs.is_empty() {
        let _ = writeln!(out, "{}", paragraphs.join("\n\n"));
    }
    let _ = writeln!(out, "\n## {}\n", lang.tr(Text::Competitors));
    if canvas.competitors.is_empty() {
        let _ = writeln!(out, "*{}*", lang.tr(Text::NotCoveredYet));
    }
    for competitor in &canvas.competitors {
        let _ = write!(out, "- {}", escape_markdown(&competitor.name));
        let tags: Vec<String> = [
            competitor.kind.map(|k| format!("{}{}{}", lang.tr(Text::CompetitorKind), colon(lang), lang.tr(competitor_label(k)))),
            competitor.threat.map(|t| format!("{}{}{t}", lang.tr(Text::ThreatLevel), colon(lang))),
            competitor.benchmark.then(|| lang.tr(Text::Benchmark).to_owned()),
            competitor.response.map(|r| format!("{}{}{}", lang.tr(Text::Response), colon(lang), lang.tr(response_label(r).0))),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !tags.is_empty() {
            let _ = match lang {
                Lang::ZhCn => write!(out, "（{}）", tags.join("，")),
                Lang::En => write!(out, " ({})", tags.join(", ")),
            };
        }
        out.push('\n');
        let compared = &competitor.comparison;
        let lines = [
            (Text::CompetitorStrengths, &competitor.strengths),
            (Text::CompetitorWeaknesses, &competitor.weaknesses),
            (Text::AspectStrategy, &compared.strategy),
            (Text::AspectOperations, &compared.operations),
            (Text::AspectManagement, &compared.management),
        ];
        for (label, text) in lines {
            if !text.trim().is_empty() {
                let _ = writeln!(out, "  - {}{}{}", lang.tr(label), colon(lang), escape_markdown(text));
            }
        }
        write_sent(&mut out, project, Origin::Competitor(competitor.id), lang);
    }
    out
}
