//! The service-quality canvas's texts, Chinese then English. The dimensions' glosses, the two
//! kinds of quality and the four gaps are the course's words (DOMAIN.md §5–6).

use super::catalog::catalog;

catalog! {
    QualityText;
    ViewScores => "SERVQUAL 评分", "SERVQUAL scores";
    ViewQuestionnaire => "调查问卷", "Questionnaire";
    ViewGaps => "差距模型", "Gap model";
    ViewBlueprint => "蓝图关联", "Blueprint links";
    ScoresIntro => "每个维度的重要性权重（合计 100 分）、期望分和感知分（1–7 分），差距 = 感知 − 期望。分数可以手工填写，也可以导入问卷调查结果。",
        "Each dimension's importance (points adding up to 100), expectation and perception (on the 1–7 scale); the gap is perception − expectation. Enter averages by hand or import survey responses.";
    GlossTangibles => "有形部分", "the tangible part";
    GlossReliability => "准确无误", "accurate and error-free";
    GlossResponsiveness => "反应能力", "ability to respond";
    GlossAssurance => "态度和工作能力", "attitude and competence";
    GlossEmpathy => "换位思考", "putting oneself in the customer's place";
    Dimension => "维度", "Dimension";
    Weight => "重要性权重", "Importance";
    Expectation => "期望", "Expectation";
    Perception => "感知", "Perception";
    Gap => "差距", "Gap";
    Source => "来源", "Source";
    FromSurvey => "问卷（{0} 条陈述，{1} 个回答）", "survey ({0} {0|statement|statements}, {1} {1|answer|answers})";
    ByHand => "手工填写", "entered by hand";
    NotAssessed => "未评定", "not assessed";
    Overall => "加权 SERVQUAL 得分：{0}", "Weighted SERVQUAL score: {0}";
    OverallNone => "加权 SERVQUAL 得分：未评定（还没有维度同时具备期望分和感知分）", "Weighted SERVQUAL score: not assessed (no dimension has both an expectation and a perception yet)";
    WeightsTotal => "权重合计 {0} 分。", "Importance points add up to {0}.";
    WeightsNormalised => "权重合计 {0} 分，不是 100 分：计算时按比例折算。", "Importance points add up to {0}, not 100: they are scaled to 100 in the score.";
    Shortfall => "差距最大的维度：{0}（{1}）", "Largest shortfall: {0} ({1})";
    NoShortfall => "没有维度低于客户期望。", "No dimension falls short of expectations.";
    ChartTitle => "期望与感知（按维度）", "Expectation and perception by dimension";
    ErrScore => "请输入 1 到 7 之间的分数，最多保留一位小数。", "Enter a score from 1 to 7, with at most one decimal.";
    ErrPoints => "请输入 0 到 100 之间的整数。", "Enter a whole number from 0 to 100.";
    ExpectationOf => "{0}的期望分", "Expectation for {0}";
    PerceptionOf => "{0}的感知分", "Perception for {0}";
    WeightOf => "{0}的重要性权重", "Importance of {0}";
    QuestionnaireIntro => "每条陈述都问两遍：客户期望优秀的服务怎样（期望），以及对本部门服务的实际感受（感知），都按 1–7 分作答（1 = 完全不同意，7 = 完全同意）。",
        "Each statement is asked twice: what customers expect of an excellent service (expectation) and what they perceive of ours (perception), both on a 1–7 scale (1 = strongly disagree, 7 = strongly agree).";
    UseBuiltIn => "使用内置问卷（22 条陈述）", "Use the built-in questionnaire (22 statements)";
    ReplaceWithBuiltIn => "恢复内置问卷", "Restore the built-in questionnaire";
    ReplaceQuestionnaireBody => "问卷已有 {0} 条陈述。恢复内置问卷会替换它们，并清除已导入的调查结果。可以撤销。", "The questionnaire has {0} {0|statement|statements}. Restoring the built-in one replaces them and clears the imported survey. This can be undone.";
    Statement => "陈述", "Statement";
    AddStatement => "添加陈述到{0}…", "Add a statement to {0}…";
    DeleteStatement => "删除陈述“{0}”", "Delete statement “{0}”";
    StatementDimension => "“{0}”所属维度", "Dimension of “{0}”";
    NoStatements => "还没有陈述。可以使用内置问卷，或自己添加。", "No statements yet. Use the built-in questionnaire or add your own.";
    Respondents => "已导入 {0} 位受访者的回答。", "Answers from {0} {0|respondent|respondents} imported.";
    NoSurvey => "尚未导入调查结果。", "No survey imported yet.";
    MeanE => "期望均值", "Mean E";
    MeanP => "感知均值", "Mean P";
    Spread => "标准差", "Spread (SD)";
    Answers => "回答数", "Answers";
    ImportSurvey => "导入调查结果 CSV…", "Import survey CSV…";
    ClearSurvey => "清除调查结果", "Clear the survey";
    BlankForm => "下载空白回答表 CSV", "Download a blank response CSV";
    ExportStatements => "导出陈述统计 CSV", "Export statement table CSV";
    PrintForm => "打印空白问卷", "Print the blank questionnaire";
    SurveyHelp => "CSV 每行一位受访者；表头为 受访者, 期望1, 感知1, 期望2, 感知2 …（或 respondent, E1, P1, E2, P2 …），数字对应问卷中陈述的顺序，分数为 1–7 的整数，可以留空。",
        "One row per respondent; the header is respondent, E1, P1, E2, P2 … (or 受访者, 期望1, 感知1 …), the number being the statement's place in the questionnaire; scores are whole numbers 1–7, or empty.";
    SurveyPreviewTitle => "导入调查结果", "Import survey responses";
    SurveyPreview => "可以导入 {0} 位受访者的回答。", "{0} {0|respondent|respondents} can be imported.";
    SurveyBadRows => "{0} 行有问题，不会导入：", "{0} {0|row has|rows have} problems and will be left out:";
    SurveyLine => "第 {0} 行：{1}", "Line {0}: {1}";
    SurveyBlankRows => "另有 {0} 个空行已跳过。", "{0} blank {0|row was|rows were} skipped.";
    SurveyReplaces => "导入会替换当前的调查结果（可以撤销）。", "Importing replaces the current survey (this can be undone).";
    SurveyNothing => "文件里没有可以导入的回答。", "The file has no answers that can be imported.";
    SurveyImported => "已导入 {0} 位受访者的回答", "Imported answers from {0} {0|respondent|respondents}";
    FormTitle => "客户服务质量调查问卷", "Customer service quality questionnaire";
    FormIntro => "请根据您的看法为每条陈述打分：1 = 完全不同意，7 = 完全同意。左栏填写您对优秀服务的期望，右栏填写您对我们服务的实际感受。",
        "Please score each statement: 1 = strongly disagree, 7 = strongly agree. On the left, what you expect of an excellent service; on the right, what you experienced with ours.";
    FormExpect => "期望（1–7）", "Expectation (1–7)";
    FormPerceive => "感知（1–7）", "Perception (1–7)";
    GapsIntro => "服务质量差距模型：前四个差距出在服务提供方，差距 5（客户期望与感知之差）就是 SERVQUAL 的结果。",
        "The gap model: the first four gaps lie with the provider; gap 5, between what customers expect and perceive, is the SERVQUAL result.";
    Gap1 => "差距 1：客户的期望与管理者对客户期望的认知之间的差距", "Gap 1: customers' expectations vs management's perception of them";
    Gap2 => "差距 2：管理者对客户期望的认知与服务质量标准之间的差距", "Gap 2: management's perception vs the service-quality standards";
    Gap3 => "差距 3：服务质量标准与实际传递的服务之间的差距", "Gap 3: the standards vs the service actually delivered";
    Gap4 => "差距 4：实际传递的服务与客户感受之间的差距", "Gap 4: the service delivered vs what customers perceive";
    Gap5 => "差距 5（客户差距）：客户期望与感知之间的差距 = SERVQUAL 得分 {0}", "Gap 5 (the customer gap): expectation vs perception = SERVQUAL score {0}";
    Gap5None => "差距 5（客户差距）：尚未评定", "Gap 5 (the customer gap): not assessed yet";
    GapSummary => "本部门的表现（一句话）", "How it shows here (one line)";
    Causes => "原因", "Causes";
    AddCause => "添加原因…", "Add a cause…";
    DeleteCause => "删除原因“{0}”", "Delete cause “{0}”";
    Evidence => "证据", "Evidence";
    Actions => "改进措施", "Actions";
    GapOwner => "负责岗位", "Owner";
    Status => "状态", "Status";
    StatusOpen => "待处理", "Open";
    StatusInProgress => "处理中", "In progress";
    StatusClosed => "已解决", "Closed";
    SendGap => "作为劣势转入 SWOT", "Send to SWOT as a weakness";
    SendNeedsSummary => "先写下这一差距在本部门的表现，才能转入 SWOT。", "Write how the gap shows here before sending it to SWOT.";
    BlueprintIntro => "服务蓝图中按 SERVQUAL 维度标注的接触点、失误点和等待点。差距较大却没有接触点承载的维度会被标出。",
        "The blueprint's cards by SERVQUAL dimension: touchpoints, fail and wait points. A dimension with a large gap that no touchpoint carries is flagged.";
    Touchpoints => "接触点", "Touchpoints";
    FailPoints => "失误点", "Fail points";
    WaitPoints => "等待点", "Wait points";
    Minutes => "分钟", "Minutes";
    Cards => "卡片", "Cards";
    ShowCard => "查看", "Show";
    NoMomentOfTruth => "差距为 {0}，却没有接触点（关键时刻）承载这一维度。", "Gap {0}, yet no moment of truth carries this dimension.";
    NoCards => "蓝图中还没有卡片标注这一维度。", "No blueprint card is rated with this dimension yet.";
    QualityKinds => "技术性质量（结果）{0} 张卡片 · 功能性质量（过程）{1} 张卡片", "Technical quality (result): {0} {0|card|cards} · functional quality (process): {1} {1|card|cards}";
    Technical => "技术性质量（结果）", "Technical quality (result)";
    Functional => "功能性质量（过程）", "Functional quality (process)";
    QualityKindNone => "未标注", "Not marked";
    QualityKindLabel => "质量类型", "Kind of quality";
    KeysHint => "Tab 在字段之间移动 · 分数填 1–7，可带一位小数 · Enter 添加陈述或原因 · Esc 还原正在编辑的字段。",
        "Tab moves between fields · scores are 1–7 with at most one decimal · Enter adds a statement or cause · Esc restores the field being edited.";
}

use crate::model::core::{QualityKind, Servqual};
use crate::model::quality::{GapStatus, ProviderGap};

/// The course's gloss of a dimension (可感知性 — 有形部分 …).
pub fn servqual_gloss(dimension: Servqual) -> QualityText {
    match dimension {
        Servqual::Tangibles => QualityText::GlossTangibles,
        Servqual::Reliability => QualityText::GlossReliability,
        Servqual::Responsiveness => QualityText::GlossResponsiveness,
        Servqual::Assurance => QualityText::GlossAssurance,
        Servqual::Empathy => QualityText::GlossEmpathy,
    }
}

/// A provider gap's title with its number, in the course's words.
pub fn gap_title(kind: ProviderGap) -> QualityText {
    match kind {
        ProviderGap::Knowledge => QualityText::Gap1,
        ProviderGap::Standards => QualityText::Gap2,
        ProviderGap::Delivery => QualityText::Gap3,
        ProviderGap::Communication => QualityText::Gap4,
    }
}

pub fn gap_status_label(status: GapStatus) -> QualityText {
    match status {
        GapStatus::Open => QualityText::StatusOpen,
        GapStatus::InProgress => QualityText::StatusInProgress,
        GapStatus::Closed => QualityText::StatusClosed,
    }
}

pub fn quality_kind_label(kind: QualityKind) -> QualityText {
    match kind {
        QualityKind::Technical => QualityText::Technical,
        QualityKind::Functional => QualityText::Functional,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Translatable;

    #[test]
    fn the_glosses_and_gaps_are_the_courses_words() {
        let glosses: Vec<&str> = Servqual::ALL.iter().map(|&d| servqual_gloss(d).zh()).collect();
        assert_eq!(glosses, ["有形部分", "准确无误", "反应能力", "态度和工作能力", "换位思考"]);
        assert!(gap_title(ProviderGap::Knowledge).zh().ends_with("客户的期望与管理者对客户期望的认知之间的差距"));
        assert!(gap_title(ProviderGap::Standards).zh().ends_with("管理者对客户期望的认知与服务质量标准之间的差距"));
        assert!(gap_title(ProviderGap::Delivery).zh().ends_with("服务质量标准与实际传递的服务之间的差距"));
        assert!(gap_title(ProviderGap::Communication).zh().ends_with("实际传递的服务与客户感受之间的差距"));
        assert!(quality_kind_label(QualityKind::Technical).zh().contains("结果"));
        assert!(quality_kind_label(QualityKind::Functional).zh().contains("过程"));
    }
}
