//! A refused project file's problem in the user's words: the field named as the UI names it
//! ("SWOT 矩阵 › 第 4 个条目 › 优先级", not `project.swot.items[3].priority`) and what is wrong
//! with it in the user's language, never serde's English wording in the Chinese UI.

use super::catalog::catalog;
use super::Lang;

catalog! {
    FieldText;
    Project => "项目", "project";
    Name => "名称", "name";
    Id => "编号", "id";
    Created => "创建时间", "created";
    Updated => "修改时间", "updated";
    Counter => "编号计数器", "id counter";
    Swot => "SWOT 矩阵", "SWOT board";
    Forces => "五力分析", "five forces";
    Org => "组织结构图", "org chart";
    Blueprint => "服务蓝图", "service blueprint";
    Voting => "圆点投票", "dot voting";
    Items => "条目", "item";
    Strategies => "策略", "strategy";
    Factors => "因素", "factor";
    Competitors => "竞争者", "competitor";
    Positions => "岗位", "position";
    Dotted => "虚线汇报关系", "dotted line";
    Lanes => "泳道", "lane";
    Steps => "步骤", "step";
    Cards => "卡片", "card";
    Connectors => "连线", "connector";
    Rounds => "投票轮次", "voting round";
    Ballots => "选票", "ballot";
    Sources => "依据条目", "cited item";
    Responsibilities => "职责", "responsibility";
    Duties => "部门职责", "duty";
    SortedByPriority => "按优先级排序的象限", "quadrants sorted by priority";
    Quadrant => "象限", "quadrant";
    Text => "内容", "text";
    Note => "备注", "note";
    Priority => "优先级", "priority";
    Source => "环境来源", "environment factor";
    CompetitorKind => "竞争者类型", "competitor type";
    Origin => "来源", "origin";
    Cell => "策略类型", "strategy cell";
    Force => "力量", "force";
    Rating => "评分", "rating";
    Weight => "权重", "weight";
    Overrides => "手动设定的强度", "forces set by hand";
    Conclusion => "结论", "conclusion";
    Strengths => "优势", "strengths";
    Weaknesses => "劣势", "weaknesses";
    Threat => "威胁程度", "threat level";
    Parent => "上级岗位", "reports to";
    Title => "职务名称", "position title";
    Holder => "任职者", "holder";
    Planned => "编制人数", "headcount planned";
    Filled => "在岗人数", "headcount filled";
    Level => "级别", "level";
    Code => "岗位编码", "job code";
    Department => "归属部门", "department";
    Job => "岗位说明书", "job description";
    Scope => "管理结构", "scope";
    Relations => "工作关系", "working relations";
    Qualifications => "基本素质要求", "qualifications";
    Other => "其他", "other";
    Collapsed => "收起", "collapsed";
    From => "起点", "from";
    To => "终点", "to";
    Span => "管理跨度", "span of control";
    Min => "下限", "minimum";
    Max => "上限", "maximum";
    Direction => "布局方向", "direction";
    Key => "泳道类型", "lane kind";
    Stage => "阶段", "stage";
    Minutes => "时长", "minutes";
    Emotion => "客户情绪", "customer emotion";
    Step => "所属步骤", "step";
    Lane => "所属泳道", "lane";
    Mark => "标记", "mark";
    Servqual => "SERVQUAL 维度", "SERVQUAL dimension";
    Owner => "负责岗位", "owner";
    Budget => "时间预算", "time budget";
    Started => "开始时间", "started";
    Dots => "每人票数", "dots per person";
    Participants => "参与人数", "participants";
    Current => "当前投票人", "current participant";
    Revealed => "已公布", "revealed";
    Ended => "结束时间", "ended";
    Nth => "第 {0} 个{1}", "{1} {0}";
    NthSheet => "第 {0} 张{1}", "{1} {0}";
    NthLine => "第 {0} 条{1}", "{1} {0}";
    NthPart => "第 {0} 项{1}", "{1} {0}";
    Separator => " › ", " › ";
    Missing => "缺少“{0}”", "“{0}” is missing";
    WrongType => "类型错误：应为{0}", "it has the wrong type: {0} expected";
    WrongValue => "取值无效", "the value is not one this app knows";
    TooLarge => "数值超出范围", "the number is out of range";
    Unreadable => "格式不符合要求", "it is not in the expected form";
    Empty => "不能为空", "it is empty";
    TooLong => "内容太长", "the text is too long";
    ExpectText => "文字", "text";
    ExpectNumber => "数字", "a number";
    ExpectWholeNumber => "整数", "a whole number";
    ExpectList => "列表", "a list";
    ExpectYesNo => "是或否", "true or false";
    ExpectRecord => "一组字段", "an object";
}

/// The catalogue word for a file key (`None` for a key this app does not know).
fn word(key: &str) -> Option<FieldText> {
    use FieldText as F;
    Some(match key {
        "project" => F::Project,
        "name" => F::Name,
        "id" => F::Id,
        "created" => F::Created,
        "updated" => F::Updated,
        "next_item_id" => F::Counter,
        "swot" => F::Swot,
        "five_forces" => F::Forces,
        "org" => F::Org,
        "blueprint" => F::Blueprint,
        "voting" => F::Voting,
        "items" => F::Items,
        "strategies" => F::Strategies,
        "factors" | "factor" => F::Factors,
        "competitors" => F::Competitors,
        "positions" => F::Positions,
        "dotted" => F::Dotted,
        "lanes" | "custom" => F::Lanes,
        "steps" => F::Steps,
        "cards" | "fail_point" => F::Cards,
        "connectors" => F::Connectors,
        "rounds" => F::Rounds,
        "ballots" | "voters" => F::Ballots,
        "sources" => F::Sources,
        "responsibilities" => F::Responsibilities,
        "duties" => F::Duties,
        "sorted_by_priority" => F::SortedByPriority,
        "quadrant" => F::Quadrant,
        "text" => F::Text,
        "note" => F::Note,
        "priority" => F::Priority,
        "source" => F::Source,
        "competitor" | "kind" => F::CompetitorKind,
        "origin" => F::Origin,
        "cell" => F::Cell,
        "force" => F::Force,
        "rating" => F::Rating,
        "weight" => F::Weight,
        "overrides" => F::Overrides,
        "conclusion" => F::Conclusion,
        "strengths" => F::Strengths,
        "weaknesses" => F::Weaknesses,
        "threat" => F::Threat,
        "parent" => F::Parent,
        "title" => F::Title,
        "holder" => F::Holder,
        "planned" => F::Planned,
        "filled" => F::Filled,
        "level" => F::Level,
        "code" => F::Code,
        "department" => F::Department,
        "job" => F::Job,
        "scope" => F::Scope,
        "relations" => F::Relations,
        "qualifications" => F::Qualifications,
        "other" => F::Other,
        "collapsed" => F::Collapsed,
        "from" => F::From,
        "to" => F::To,
        "span" => F::Span,
        "min" => F::Min,
        "max" => F::Max,
        "direction" => F::Direction,
        "key" => F::Key,
        "stage" => F::Stage,
        "minutes" => F::Minutes,
        "emotion" => F::Emotion,
        "step" => F::Step,
        "lane" => F::Lane,
        "mark" => F::Mark,
        "servqual" => F::Servqual,
        "owner" => F::Owner,
        "budget_minutes" => F::Budget,
        "started" => F::Started,
        "dots" => F::Dots,
        "participants" => F::Participants,
        "current" => F::Current,
        "revealed" => F::Revealed,
        "ended" => F::Ended,
        _ => return None,
    })
}

/// How the n-th entry under `key` is counted in Chinese, with the measure word the entry takes:
/// 张 for cards and ballots, 条 for strategies, lanes, connectors, dotted lines and
/// responsibilities, 项 for the department's duties, else 个 (English says "card 3" for all).
fn ordinal(key: &str) -> FieldText {
    match key {
        "cards" | "fail_point" | "ballots" | "voters" => FieldText::NthSheet,
        "strategies" | "lanes" | "custom" | "connectors" | "dotted" | "responsibilities" => FieldText::NthLine,
        "duties" => FieldText::NthPart,
        _ => FieldText::Nth,
    }
}

/// A file path such as `project.swot.items[3].priority` in words: "SWOT 矩阵 › 第 4 个条目 ›
/// 优先级" / "SWOT board › item 4 › priority". A key this app does not know is shown as written.
pub fn field_in_words(lang: Lang, path: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indexes) = segment.split_once('[').map_or((segment, ""), |(k, rest)| (k, rest));
        let name = word(key).map_or_else(|| key.to_owned(), |w| lang.tr(w).to_owned());
        let index = indexes.split(']').next().and_then(|n| n.parse::<usize>().ok());
        match index {
            // The `project` root is where every path starts: saying it adds nothing.
            _ if key == "project" && parts.is_empty() && index.is_none() => {}
            Some(n) => parts.push(lang.trf(ordinal(key), &[&(n + 1).to_string(), &name])),
            None => parts.push(name),
        }
    }
    if parts.is_empty() {
        return lang.tr(FieldText::Project).to_owned();
    }
    parts.join(lang.tr(FieldText::Separator))
}

/// What serde says is wrong, in the user's language: a missing field, a wrong type, an unknown
/// value, a number out of range. English keeps serde's own words for anything else; Chinese
/// says the value is not in the expected form.
pub fn problem_in_words(lang: Lang, detail: &str) -> String {
    if let Some(field) = detail.strip_prefix("missing field `").and_then(|rest| rest.split('`').next()) {
        let name = word(field).map_or_else(|| field.to_owned(), |w| lang.tr(w).to_owned());
        return lang.trf(FieldText::Missing, &[&name]);
    }
    if let Some(expected) = detail.strip_prefix("invalid type: ").and_then(|rest| rest.split(", expected ").nth(1)) {
        let expected = if expected.contains("string") {
            FieldText::ExpectText
        } else if expected.contains("sequence") {
            FieldText::ExpectList
        } else if expected.contains("boolean") {
            FieldText::ExpectYesNo
        } else if ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "integer"].iter().any(|t| expected.contains(t)) {
            FieldText::ExpectWholeNumber
        } else if expected.contains("f64") || expected.contains("number") {
            FieldText::ExpectNumber
        } else {
            FieldText::ExpectRecord
        };
        return lang.trf(FieldText::WrongType, &[lang.tr(expected)]);
    }
    if detail.starts_with("unknown variant") || detail.starts_with("invalid value") && !detail.contains("integer") {
        return lang.tr(FieldText::WrongValue).to_owned();
    }
    if detail.starts_with("invalid value: integer") || detail.contains("out of range") || detail.contains("beyond") {
        return lang.tr(FieldText::TooLarge).to_owned();
    }
    if detail.contains("is empty") {
        return lang.tr(FieldText::Empty).to_owned();
    }
    if detail.contains("characters; at most") {
        return lang.tr(FieldText::TooLong).to_owned();
    }
    match lang {
        Lang::En if !detail.is_empty() => detail.to_owned(),
        _ => lang.tr(FieldText::Unreadable).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_the_ui_names_things() {
        assert_eq!(field_in_words(Lang::ZhCn, "project.swot.items[3].priority"), "SWOT 矩阵 › 第 4 个条目 › 优先级");
        assert_eq!(field_in_words(Lang::En, "project.swot.items[3].priority"), "SWOT board › item 4 › priority");
        assert_eq!(
            field_in_words(Lang::ZhCn, "project.org.positions[0].job.responsibilities[2]"),
            "组织结构图 › 第 1 个岗位 › 岗位说明书 › 第 3 条职责"
        );
        assert_eq!(field_in_words(Lang::ZhCn, "project.blueprint.cards[0].text"), "服务蓝图 › 第 1 张卡片 › 内容", "a card is counted with 张");
        assert_eq!(field_in_words(Lang::ZhCn, "project.blueprint.lanes[5]"), "服务蓝图 › 第 6 条泳道");
        assert_eq!(field_in_words(Lang::En, "project.blueprint.cards[0].text"), "service blueprint › card 1 › text");
        assert_eq!(field_in_words(Lang::ZhCn, "project.name"), "名称");
        assert_eq!(field_in_words(Lang::ZhCn, "project"), "项目");
        assert_eq!(field_in_words(Lang::En, "project.mystery[1]"), "mystery 2", "an unknown key is shown as written");
    }

    #[test]
    fn serde_wording_never_reaches_the_chinese_ui() {
        let details = [
            "missing field `title`",
            "invalid type: string \"x\", expected u8",
            "invalid type: integer `3`, expected a string",
            "invalid type: null, expected a sequence",
            "unknown variant `sideways`, expected one of `top_down`, `left_right`",
            "invalid value: integer `300`, expected u8",
            "a project id is 1–64 letters, digits, '-' or '_'",
            "item ids beyond 2^53 are not supported",
            "something serde says one day",
            "the name is empty",
            "the name has 300 characters; at most 200 are allowed",
        ];
        for detail in details {
            let zh = problem_in_words(Lang::ZhCn, detail);
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "English in {zh:?} for {detail:?}");
            assert!(!problem_in_words(Lang::En, detail).is_empty());
        }
        assert_eq!(problem_in_words(Lang::ZhCn, "missing field `title`"), "缺少“职务名称”");
        assert_eq!(problem_in_words(Lang::ZhCn, "invalid type: string \"x\", expected u8"), "类型错误：应为整数");
    }
}
