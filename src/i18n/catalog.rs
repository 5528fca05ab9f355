//! The translation table: one row per user-facing text, Chinese then English. Canvas issues
//! append their rows here. `{0}`, `{1}`… are filled by `Lang::trf`; a test checks both
//! languages use the same placeholders.

/// Declares one catalogue enum: `catalog! { Name; Key => "中文", "English"; … }`. Each canvas
/// with many texts gets its own table (see `org_text.rs`); `Lang::tr` takes any of them.
macro_rules! catalog {
    ($name:ident; $($key:ident => $zh:literal, $en:literal;)*) => {
        /// A user-facing text; see the table where it is declared.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Translatable for $name {
            fn zh(self) -> &'static str { match self { $($name::$key => $zh),* } }
            fn en(self) -> &'static str { match self { $($name::$key => $en),* } }
        }
    };
}
pub(crate) use catalog;

catalog! {
    Text;
    AppTitle => "策划工作台", "Planning Workbench";
    Language => "语言", "Language";

    // Project list
    Projects => "我的项目", "Projects";
    NewProjectName => "新项目名称", "New project name";
    CreateProject => "新建项目", "Create project";
    DefaultProjectName => "未命名项目", "Untitled project";
    EmptyTitle => "还没有项目", "No projects yet";
    EmptyIntro => "策划工作台将客户服务策划的五项分析集中在一个项目中，无需服务器，数据只保存在本浏览器中：",
        "Planning Workbench keeps the five analyses of customer-service planning in one project. It needs no server and keeps your data in this browser only:";
    CanvasSwot => "SWOT 分析", "SWOT";
    CanvasSwotBlurb => "优势、劣势（内部）与机会、威胁（外部），并交叉形成 SO/WO/ST/WT 策略。",
        "Strengths and weaknesses (internal), opportunities and threats (external), crossed into SO/WO/ST/WT strategies.";
    CanvasFiveForces => "五力分析", "Five forces";
    CanvasFiveForcesBlurb => "波特五力：现有竞争者、潜在进入者、替代品、供应商与购买者的力量。",
        "Porter's five forces: rivalry, new entrants, substitutes, supplier and buyer power.";
    CanvasOrg => "组织结构图", "Org chart";
    CanvasOrgBlurb => "设计客户服务部的组织结构和岗位说明书，并对照设计原则进行检查。",
        "Design the customer-service department's structure and job descriptions, checked against the design principles.";
    CanvasBlueprint => "服务蓝图", "Service blueprint";
    CanvasBlueprintBlurb => "按步骤与泳道描绘服务流程，标出接触点、失误点和等待点。",
        "Map the service flow in steps and lanes, with touchpoints, fail points and wait points.";
    CanvasQuality => "服务质量", "Service quality";
    CanvasQualityBlurb => "用 SERVQUAL 五个维度比较客户的期望与感知，按差距模型找出原因，并关联到服务蓝图和 SWOT。",
        "Compare customers' expectations and perceptions on the five SERVQUAL dimensions, trace the causes with the gap model, and link them to the blueprint and SWOT.";
    Open => "打开", "Open";
    Rename => "重命名", "Rename";
    Duplicate => "复制", "Duplicate";
    Delete => "删除", "Delete";
    Save => "保存", "Save";
    Cancel => "取消", "Cancel";
    CopyOf => "{0}（副本）", "{0} (copy)";
    LastSaved => "保存于 {0}", "Saved {0}";
    ConfirmDeleteTitle => "删除项目？", "Delete this project?";
    ConfirmDeleteBody => "将删除“{0}”。在关闭本页面之前，可以从回收站恢复。",
        "“{0}” will be deleted. Until you close this page you can restore it from the trash.";
    DeletedToast => "已删除“{0}”", "Deleted “{0}”";
    Undo => "撤销", "Undo";
    Redo => "重做", "Redo";
    Dismiss => "关闭", "Dismiss";
    Trash => "回收站（关闭页面后清空）", "Trash (this session)";
    Restore => "恢复", "Restore";
    Damaged => "已损坏", "Damaged";
    DamagedHint => "无法打开此项目：{0} 原始数据保持原样，不会被自动覆盖。",
        "This project cannot be opened: {0} Its raw data is kept as it is and never overwritten automatically.";
    DownloadRaw => "下载原始数据", "Download raw data";
    MissingProjects => "有 {0} 个项目的数据已不存在，已从项目列表中移除。",
        "{0} {0|project|projects} listed in the index had no data left and {0|was|were} removed from the list.";
    StorageUse => "本站已使用 {0}（浏览器本地存储上限约 {1}）", "This site uses {0} of about {1} of the browser's local storage";
    StorageFullUse => "浏览器本地存储已满（本站已使用 {0}），新的修改无法保存。请导出并删除一些项目以腾出空间。", "The browser's local storage is full (this site uses {0}): new changes cannot be saved. Export and delete some projects to make room.";
    StoragePersistent => "浏览器已允许持久保存。", "The browser keeps this storage persistently.";
    StorageNotPersistent => "浏览器可能在空间不足时清除数据；清除网站数据也会删除项目。请定期导出备份。",
        "The browser may clear this data when space runs low, and clearing site data deletes projects. Export backups regularly.";
    ImportFile => "导入项目文件…", "Import project file…";
    DropHint => "也可以把 .json 项目文件拖到这里导入。", "You can also drop a .json project file here to import it.";
    DropNow => "松开以导入", "Drop to import";
    Imported => "已导入“{0}”", "Imported “{0}”";
    Repaired => "此文件已修复：{0}。其余内容保持原样。", "This file was repaired: {0}. Everything else is as it was.";
    RepairedIn => "{0}（{1} 处）", "{0}: {1} {1|fix|fixes}";
    RepairedLinks => "画布之间的关联", "links between canvases";
    RepairedVoting => "圆点投票", "dot voting";
    RepairedCounter => "编号计数器", "the id counter";
    RepairedSeparator => "，", ", ";
    ImportFailed => "无法导入 {0}：{1}", "Could not import {0}: {1}";
    ImportConflictTitle => "项目已存在", "This project is already here";
    ImportConflictBody => "“{0}”已在你的项目列表中。导入为新副本，还是用文件替换现有项目？",
        "“{0}” is already in your project list. Import it as a new copy, or replace the existing project with the file?";
    ImportAsCopy => "导入为副本", "Import as a copy";
    ReplaceExisting => "替换现有项目", "Replace the existing project";

    // Editor
    BackToProjects => "← 项目列表", "← Projects";
    ProjectName => "项目名称", "Project name";
    ExportJson => "导出项目（.json）", "Export project (.json)";
    ImportIntoList => "导入项目…", "Import project…";
    FileMenu => "文件", "File";
    Saving => "正在保存…", "Saving…";
    Saved => "已保存 {0}", "Saved {0}";
    UnsavedTitle => "有未保存的修改", "Changes not saved";
    UnsavedBody => "最近的修改还没有保存到浏览器存储中。离开后，这些修改只保留在本标签页中，关闭或刷新标签页就会丢失。建议先导出一份。", "Your latest changes are not stored in the browser yet. If you leave, they stay in this tab only and are lost when it is closed or reloaded. You can export a copy first.";
    KeepEditing => "继续编辑", "Keep editing";
    LeaveUnsaved => "仍然离开", "Leave anyway";
    UnsavedInTab => "有未保存的修改（仅在此标签页）", "Unsaved changes (this tab only)";
    MoreTools => "更多操作", "More tools";
    NotSavedShort => "未保存", "Not saved";
    NotSavedQuota => "未保存：存储空间已满——请导出项目", "Not saved: storage is full — export your project";
    NotSavedUnavailable => "未保存：浏览器存储不可用——请导出项目", "Not saved: browser storage is unavailable — export your project";
    NotSavedReadBack => "未保存：写入后校验数据不一致——请导出项目", "Not saved: the stored copy did not read back correctly — export your project";
    NotSavedConflict => "未保存：另一个标签页已保存了此项目的新版本", "Not saved: another tab saved a newer version of this project";
    ConflictHelp => "为避免覆盖另一个标签页的修改，本标签页已停止保存此项目。",
        "To avoid overwriting the other tab's work, this tab has stopped saving this project.";
    LoadTheirs => "载入较新的版本（放弃本页修改）", "Load the newer version (drop this tab's edits)";
    KeepMineAsCopy => "把本页版本另存为新项目", "Save this tab's version as a new project";
    ReloadedFromOtherTab => "已载入另一个标签页中的修改", "Loaded the changes made in another tab";
    ProjectGone => "此项目已在另一个标签页中被删除。", "This project was deleted in another tab.";
    StorageUnavailableBanner => "浏览器存储不可用（可能处于隐私模式或已被禁用），修改不会被保存。请用“导出”保存你的项目。",
        "Browser storage is unavailable (private mode, or disabled), so changes are not kept. Use Export to keep your work.";
    OpenFailed => "无法打开项目", "Could not open the project";
    ProjectNotFound => "找不到这个项目，它可能已被删除。", "This project does not exist; it may have been deleted.";
    RetrySave => "重试保存", "Retry saving";
    CanvasTabs => "画布", "Canvases";
    ShortcutsHint => "撤销 Ctrl+Z · 重做 Ctrl+Shift+Z / Ctrl+Y", "Undo Ctrl+Z · Redo Ctrl+Shift+Z / Ctrl+Y";

    // Names
    NameEmpty => "名称不能为空。", "The name cannot be empty.";
    NameTooLong => "名称最多 {0} 个字符，当前为 {1} 个。", "A name can have at most {0} {0|character|characters}; this one has {1}.";

    // Load errors
    ErrTooLarge => "文件大小为 {0}，超过了 {1} 的上限。", "The file is {0}; the limit is {1}.";
    ErrEmpty => "文件是空的。", "The file is empty.";
    ErrHtml => "这是一个 HTML 网页，不是项目文件。", "This is an HTML page, not a project file.";
    ErrNotJson => "这不是有效的 JSON（第 {0} 行第 {1} 列出错）。", "This is not valid JSON (error at line {0}, column {1}).";
    ErrTooDeep => "数据嵌套超过 {0} 层，不是有效的项目文件。", "The data nests deeper than {0} {0|level|levels}, which project files never do.";
    ErrNotObject => "文件内容是{0}，而不是项目。", "The file holds {0}, not a project.";
    KindArray => "一个列表（JSON 数组）", "a list (JSON array)";
    KindString => "一段文字", "a single text value";
    KindNumber => "一个数字", "a single number";
    KindBool => "一个“是/否”值", "a single true/false value";
    KindNull => "空值", "null";
    ErrNotAProject => "这是其他程序的 JSON 文件，不是策划工作台项目（缺少 format 字段）。",
        "This is JSON from another program, not a Planning Workbench project (it has no \"format\" field).";
    ErrWrongFormat => "文件格式为“{0}”，不是策划工作台项目。", "The file's format is “{0}”, not a Planning Workbench project.";
    ErrBadVersion => "文件缺少有效的数据版本号（schema_version）。", "The file has no valid schema_version.";
    ErrNewerVersion => "该文件由较新版本的应用创建（数据版本 {0}），本应用最高支持数据版本 {1}。请更新应用后再打开。",
        "This was written by a newer version (schema {0}); this version reads up to schema {1}. Update the app to open it.";
    ErrMigration => "无法从数据版本 {0} 升级：{1}。", "Upgrading from schema {0} failed: {1}";
    ErrBadShape => "项目数据有误（{0}）：{1}。", "The project data is wrong at {0}: {1}.";
    ErrStorage => "浏览器存储出错：{0}", "Browser storage failed: {0}";
    ErrStorageFull => "存储空间已满。请导出或删除一些项目后再试。", "Storage is full. Export or delete some projects, then try again.";

    // Model errors
    ErrItemNotFound => "该条目已不存在（可能已被删除）。", "That item no longer exists (it may have been deleted).";
    ErrEmptyText => "内容不能为空。", "The text cannot be empty.";
    ErrTextTooLong => "内容最多 {0} 个字符，当前为 {1} 个。", "The text can have at most {0} {0|character|characters}; this one has {1}.";
    ErrWholeNumber => "请输入 {0} 到 {1} 之间的整数。", "Enter a whole number from {0} to {1}.";
    ErrPriority => "优先级必须在 1 到 5 之间。", "The priority must be between 1 and 5.";
    ErrTagInternal => "只有机会和威胁可以标注环境来源。", "Only opportunities and threats can carry an environment source.";
    ErrSourceNotInCell => "{0} 策略只能引用对应象限的条目。", "A {0} strategy can only cite items from its own quadrants.";
    ErrNeedsBothSides => "{0} 策略至少需要一个内部条目和一个外部条目。", "A {0} strategy needs at least one internal and one external item.";

    // SWOT canvas
    Strengths => "优势", "Strengths";
    Weaknesses => "劣势", "Weaknesses";
    Opportunities => "机会", "Opportunities";
    Threats => "威胁", "Threats";
    Internal => "内部", "Internal";
    External => "外部", "External";
    AddItemPlaceholder => "添加{0}，按 Enter 确认", "Add to {0}, press Enter";
    ItemCount => "{0} 项", "{0} {0|item|items}";
    SortByPriority => "按优先级排序", "Sort by priority";
    ManualOrder => "手动排序", "Manual order";
    Priority => "优先级", "Priority";
    NoPriority => "未评定", "Not rated";
    Note => "备注", "Note";
    EnvSource => "环境来源", "Environment source";
    CompetitorKind => "竞争者类型", "Competitor type";
    NoneChosen => "（无）", "(none)";
    EditItem => "编辑", "Edit";
    ItemDetails => "条目详情", "Item details";
    SelectItemHint => "选中一个条目，即可编辑它的优先级、备注和环境来源。", "Select an item to edit its priority, note and source.";
    SwotKeysHint => "Enter 编辑 · Delete 删除 · 1–5 设优先级 · Alt+↑/↓ 排序 · Alt+←/→ 移到左右象限 · Alt+Shift+↑/↓ 移到上下象限",
        "Enter edit · Delete remove · 1–5 priority · Alt+↑/↓ reorder · Alt+←/→ move sideways · Alt+Shift+↑/↓ move up/down";
    ViewBoard => "SWOT 矩阵", "SWOT board";
    ViewTows => "TOWS 策略矩阵", "TOWS matrix";
    ViewScan => "环境分析", "Environment scan";
    ConfirmDeleteCitedTitle => "删除被策略引用的条目？", "Delete an item that strategies cite?";
    ConfirmDeleteCitedBody => "“{0}”被 {1} 条策略引用。删除后，这些策略将标记为“来源已删除”。此操作可以撤销。",
        "“{0}” is cited by {1} {1|strategy|strategies}. {1|It|They} will be marked “source removed”; you can undo this.";
    SourceRemoved => "来源已删除", "source removed";
    CellSO => "SO 策略：发挥优势，利用机会", "SO: use strengths to seize opportunities";
    CellWO => "WO 策略：利用机会，克服劣势", "WO: overcome weaknesses through opportunities";
    CellST => "ST 策略：发挥优势，应对威胁", "ST: use strengths against threats";
    CellWT => "WT 策略：减少劣势，回避威胁", "WT: minimise weaknesses, avoid threats";
    AddStrategy => "添加策略", "Add strategy";
    StrategyText => "策略内容", "Strategy";
    ChooseSources => "选择策略依据的条目（内部、外部条目各至少一个）", "Choose the items it draws on (at least one internal, one external)";
    NoStrategies => "暂无策略", "No strategies yet";
    EditStrategy => "编辑策略", "Edit strategy";
    DeleteStrategy => "删除策略", "Delete strategy";
    ScanIntro => "逐项检查九个环境因素，为每个因素记录机会或威胁。", "Walk through the nine environment factors and record the opportunities or threats each one brings.";
    MacroEnv => "宏观环境（宏观五要素）", "Macro environment (five factors)";
    MicroEnv => "微观环境（微观四要素）", "Micro environment (four factors)";
    NotCoveredYet => "尚无条目", "No items yet";
    CoveredCount => "机会 {0} · 威胁 {1}", "{0} {0|opportunity|opportunities} · {1} {1|threat|threats}";
    AddOpportunity => "+ 机会", "+ Opportunity";
    AddThreat => "+ 威胁", "+ Threat";
    FactorMarketPopulation => "市场人口", "Market population";
    FactorEconomy => "经济环境", "Economy";
    FactorPoliticalLegal => "政治法律环境", "Political & legal";
    FactorTechnology => "技术环境", "Technology";
    FactorSocioCultural => "社会文化环境", "Socio-cultural";
    FactorMarketing => "营销环境", "Marketing environment";
    FactorSales => "销售环境", "Sales environment";
    FactorService => "服务环境", "Service environment";
    FactorCompetitor => "竞争者环境", "Competitor environment";
    PromptMarketPopulation => "人口是构成市场的第一要素：年龄结构、地理分布、婚姻状况、区域密度、流动性和文化教育如何影响市场格局？", "Population is the first element of a market: how do age structure, geographic spread, marital status, density, mobility and education shape it?";
    PromptEconomy => "市场营销活动受经济发展水平制约：本地区的经济发展水平让客户更看重什么？对不同地区应采取不同的客户服务策略和服务流程。", "Marketing is bounded by the level of economic development: what does this region's level make customers value? Different regions need different service strategies and processes.";
    PromptPoliticalLegal => "哪些法规、政策与消费者权益规定影响服务？", "Which laws, policies and consumer-protection rules shape the service?";
    PromptTechnology => "科学技术是社会生产力最新和最活跃的因素：哪些新技术能改变服务？", "Science and technology are the newest and most active factor of productive forces: which new technologies could change the service?";
    PromptSocioCultural => "价值观、信仰、习俗与审美如何影响客户期望？", "How do values, beliefs, customs and tastes shape customer expectations?";
    PromptMarketing => "营销环境变化越来越快，服务内容和流程是否跟上？", "The marketing environment changes ever faster: do service content and flow keep up?";
    PromptSales => "协助销售产品或服务的中介机构与企业之间的关系如何？促销、线上/电话等新渠道和 CRM 带来了哪些变化？", "How do the intermediaries that help sell the product or service work with the company? What do promotion, new channels (online, phone) and CRM bring?";
    PromptService => "售前、售中、售后的“大服务”：产品 + 服务的整体体验如何？", "“Total service” before, during and after the sale: how is the product-plus-service experience?";
    PromptCompetitor => "愿望、普通、产品形式、品牌四类竞争者各在做什么？", "What are desire, generic, product-form and brand competitors doing?";
    CompetitorDesire => "愿望竞争者", "Desire competitor";
    CompetitorGeneric => "普通竞争者", "Generic competitor";
    CompetitorProductForm => "产品形式竞争者", "Product-form competitor";
    CompetitorBrand => "品牌竞争者", "Brand competitor";
    CompetitorDesireHint => "指提供不同的产品以满足不同需求的竞争者。", "Offers different products that meet different needs.";
    CompetitorGenericHint => "指提供不同的产品以满足相同需求的竞争者。", "Offers different products that meet the same need.";
    CompetitorProductFormHint => "指生产同类但规格、型号、款式不同产品的竞争者。", "Makes the same kind of product in other specifications, models or styles.";
    CompetitorBrandHint => "指生产相同规格、型号的产品，但品牌不同的竞争者。", "Makes products of the same specification and model under another brand.";
    OpenSample => "打开示例项目", "Open the sample project";
    SampleName => "示例：电器零售公司客户服务部规划", "Sample: an electronics retailer's service department";
    Export => "导出", "Export";
    ExportSvg => "导出 SVG", "Export SVG";
    ExportPng => "导出 PNG", "Export PNG";
    ExportMarkdown => "导出 Markdown 摘要", "Export Markdown summary";
    CopyMarkdown => "复制摘要", "Copy summary";
    Copied => "已复制到剪贴板", "Copied to the clipboard";
    CopyFailed => "无法复制到剪贴板。请在下面的文本框中手动复制（Ctrl+C）。", "Copying to the clipboard failed. Copy the text below by hand (Ctrl+C).";
    CopyByHand => "要复制的文本", "Text to copy";

    // Five forces
    ErrOutOfRange => "数值 {0} 超出允许范围。", "The value {0} is outside the allowed range.";
    ErrAlreadySent => "此项已转入 SWOT 矩阵。", "This was already sent to the SWOT board.";
    ErrSendToInternal => "五力分析中的条目只能作为机会或威胁转入 SWOT。", "Items from the five forces can only become opportunities or threats.";
    ErrCycle => "不能把岗位移到它自己或它的下属之下。", "A position cannot report to itself or to one of its subordinates.";
    ErrHeadcount => "编制人数最多为 {0}（输入的是 {1}）。", "Headcount can be at most {0} (you entered {1}).";
    ErrTooManyEntries => "最多 {0} 条（现有 {1} 条）。", "At most {0} {0|entry|entries} ({1} given).";
    ErrDottedLine => "虚线汇报需要两个不同的岗位，且它们之间还没有实线汇报关系。", "A dotted line needs two different positions that do not already have a solid reporting line.";
    ErrSpanRange => "管理跨度需满足 1 ≤ 下限 ≤ 上限 ≤ {0}。", "The span of control needs 1 ≤ minimum ≤ maximum ≤ {0}.";
    ErrInvalidDraft => "要插入的内容结构不完整。", "What was to be inserted is not well formed.";
    ErrDuration => "时长最多 {0} 分钟（输入的是 {1}）。", "A duration can be at most {0} {0|minute|minutes} (you entered {1}).";
    ErrEmotion => "情绪分值应在 −2 到 +2 之间（输入的是 {0}）。", "The emotion score must be between −2 and +2 (you entered {0}).";
    ErrLaneNotFound => "该泳道不存在。", "That lane does not exist.";
    ErrStandardLane => "五条标准泳道不能删除，只能改名。", "The five standard lanes cannot be deleted, only renamed.";
    ErrConnectorToItself => "连线需要连接两张不同的卡片。", "A connector needs two different cards.";
    ErrFailPointToWeakness => "失误点只能作为劣势转入 SWOT。", "A fail point can only go to SWOT as a weakness.";
    ErrNotAFailPoint => "只有标记为失误点的卡片才能转入 SWOT。", "Only a card marked as a fail point can be sent to SWOT.";
    ForceRivalry => "现有竞争者的竞争", "Rivalry among existing competitors";
    ForceNewEntrants => "潜在进入者的威胁", "Threat of new entrants";
    ForceSubstitutes => "替代品的威胁", "Threat of substitutes";
    ForceSuppliers => "供应商的议价能力", "Bargaining power of suppliers";
    ForceBuyers => "购买者的议价能力", "Bargaining power of buyers";
    ForceRivalryShort => "现有竞争者", "Rivalry";
    ForceNewEntrantsShort => "潜在进入者", "New entrants";
    ForceSubstitutesShort => "替代品", "Substitutes";
    ForceSuppliersShort => "供应商", "Suppliers";
    ForceBuyersShort => "购买者", "Buyers";
    NotAssessed => "未评定", "not assessed";
    IntensityValue => "强度 {0}", "Intensity {0}";
    OverrideSet => "手动设定", "set by hand";
    FromFactors => "依据 {0} 个因素", "from {0} {0|factor|factors}";
    AddFactorPlaceholder => "添加影响因素，按 Enter 确认", "Add a factor, press Enter";
    Rating => "强度评分", "Pressure";
    Weight => "权重", "Weight";
    OverrideLabel => "手动设定强度", "Intensity by hand";
    Assessment => "总体评估", "Overall assessment";
    VerdictRule => "规则：强度 ≥ 3.5 为“高”；五种力量全部评估后，≥ 3 种为高 → 行业吸引力低，0–1 种 → 吸引力高，2 种 → 中等。",
        "Rule: a force is high at intensity ≥ 3.5; once all five are assessed, 3 or more high forces → unattractive, 0–1 → attractive, 2 → moderate.";
    VerdictIncomplete => "已评估 {0} / 5 种力量，其中 {1} 种为高。五种力量全部评估后给出结论。", "{0} of 5 forces assessed, {1} high. The verdict comes once all five are assessed.";
    VerdictAttractive => "{0} / 5 种力量为高 → 行业吸引力高", "{0} of 5 forces high → attractive industry";
    VerdictModerate => "{0} / 5 种力量为高 → 行业吸引力中等", "{0} of 5 forces high → moderately attractive industry";
    VerdictUnattractive => "{0} / 5 种力量为高 → 行业吸引力低", "{0} of 5 forces high → unattractive industry";
    Conclusion => "结论", "Conclusion";
    Competitors => "竞争者登记", "Competitor register";
    CompetitorName => "竞争者名称", "Competitor name";
    AddCompetitor => "添加竞争者", "Add competitor";
    AllTypes => "全部类型", "All types";
    ThreatLevel => "威胁程度", "Threat level";
    CompetitorStrengths => "优势", "Strengths";
    CompetitorWeaknesses => "劣势", "Weaknesses";
    Response => "竞争对策", "Response";
    ResponseNone => "未选择", "Not chosen";
    ResponseDefend => "加强防守", "Strengthen defence";
    ResponseYield => "主动退让", "Yield ground";
    ResponseAttack => "集中优势进攻", "Concentrate and attack";
    ResponseDefendHint => "守住本部门做得好的服务，让竞争者难以切入。", "Hold what the service does well, so the competitor finds no way in.";
    ResponseYieldHint => "让出不值得争夺的客户或业务，把力量用在重点上。", "Leave them what is not worth contesting and put the effort where it counts.";
    ResponseAttackHint => "把本部门的优势集中用在竞争者的薄弱处。", "Bring the service's strengths to bear where the competitor is weak.";
    ConclusionResponse => "结论确定的竞争对策", "The response the conclusion settles on";
    Benchmark => "标杆", "Benchmark";
    BenchmarkHint => "标杆管理：以最强的竞争者为标杆，学习并争取超越。", "Benchmarking: learn from the strongest competitor and aim to surpass it.";
    Comparison => "三个方面的比较", "Compared on three aspects";
    AspectStrategy => "策略方面", "Strategy";
    AspectOperations => "经营方面", "Operations";
    AspectManagement => "业务管理方面", "Business management";
    SendAsThreat => "作为威胁转入 SWOT", "Send to SWOT as a threat";
    SendAsOpportunity => "作为机会转入 SWOT", "Send to SWOT as an opportunity";
    SentToSwot => "已转入 SWOT：{0}", "In SWOT: {0}";
    LinkedFrom => "来自{0}：{1}", "From {0}: {1}";
    ForcesDiagram => "五力模型图", "Five forces diagram";
    ExportDiagramSvg => "导出五力图 SVG", "Export diagram SVG";
    ExportDiagramPng => "导出五力图 PNG", "Export diagram PNG";
    ExportAssessmentSvg => "导出评估 SVG", "Export assessment SVG";
    ExportAssessmentPng => "导出评估 PNG", "Export assessment PNG";
    FactorKeysHint => "选中因素时：1–5 评分 · 0 清除评分 · Enter 编辑 · Delete 删除 · Alt+↑/↓ 排序", "On a factor: 1–5 rate · 0 clear · Enter edit · Delete remove · Alt+↑/↓ reorder";
    FilterByType => "按类型筛选", "Filter by type";
    NoCompetitors => "还没有登记竞争者。", "No competitors registered yet.";
    DeleteCompetitor => "删除竞争者", "Delete competitor";
    UpdateReady => "新版本已下载。已保存的内容不受影响；准备好后重新加载即可使用新版本。", "A new version has been downloaded. Your saved work is unaffected; reload when you are ready to use it.";
    UpdateReload => "重新加载", "Reload";
    UpdateLater => "稍后", "Later";
    Shortcuts => "键盘快捷键", "Keyboard shortcuts";
    ShortcutsEverywhere => "任何页面", "Everywhere";
    ShortcutsEverywhereKeys => "? 打开本列表 · Esc 关闭对话框 · Ctrl/⌘+Z 撤销 · Ctrl/⌘+Shift+Z 或 Ctrl+Y 重做 · 左右方向键切换画布标签页 · Tab 在控件间移动",
        "? opens this list · Esc closes a dialog · Ctrl/⌘+Z undo · Ctrl/⌘+Shift+Z or Ctrl+Y redo · ←/→ switch between canvas tabs · Tab moves between controls";
    ShareTooLarge => "项目太大，无法生成分享链接（需要 {0} 个字符，上限为 {1}）。请改用“导出项目”，发送 JSON 文件。",
        "This project is too large for a link ({0} {0|character|characters}; at most {1}). Send the exported JSON file instead.";
    ShareNotALink => "这不是项目分享链接。", "This is not a project share link.";
    ShareDamaged => "链接已损坏或不完整，无法打开。请让对方重新复制链接。",
        "The link is damaged or incomplete and cannot be opened. Ask for the link to be copied again.";
    ShareTooBig => "链接中的项目解压后超过 {0} 的上限，无法打开。", "The project in this link unpacks to more than the {0} limit and cannot be opened.";
    CopyShareLink => "复制分享链接", "Copy share link";
    ShareLinkCopied => "分享链接已复制（{0} 个字符）。链接中包含整个项目，对方打开时会先看到预览。", "Share link copied ({0} {0|character|characters}). The link holds the whole project; whoever opens it sees a preview first.";
    ShareLinkNotCopied => "无法复制到剪贴板。请在下面的文本框中手动复制链接（Ctrl+C）。", "Copying to the clipboard failed. Copy the link below by hand (Ctrl+C).";
    ShareTitle => "打开分享的项目", "Open a shared project";
    SharePreviewIntro => "这个链接里有一个项目。导入后它会成为本浏览器中的一个新项目，不会覆盖已有项目。", "This link holds a project. Importing it adds it to this browser as a new project; nothing existing is replaced.";
    ShareHasSwot => "SWOT：{0} 个条目，{1} 条策略", "SWOT: {0} {0|item|items}, {1} {1|strategy|strategies}";
    ShareHasForces => "五力分析：{0} 个因素，{1} 个竞争者", "Five forces: {0} {0|factor|factors}, {1} {1|competitor|competitors}";
    ShareHasOrg => "组织结构图：{0} 个岗位", "Org chart: {0} {0|position|positions}";
    ShareHasBlueprint => "服务蓝图：{0} 个步骤，{1} 张卡片", "Service blueprint: {0} {0|step|steps}, {1} {1|card|cards}";
    ShareHasQuality => "服务质量：{0} 条陈述，{1} 位受访者，{2} 个差距记录", "Service quality: {0} {0|statement|statements}, {1} {1|respondent|respondents}, {2} {2|gap|gaps} recorded";
    ShareImport => "导入为新项目", "Import as a new project";
    Theme => "外观", "Appearance";
    ThemeSystem => "跟随系统", "Follow system";
    ThemeLight => "浅色", "Light";
    ThemeDark => "深色", "Dark";
    TimeUp => "时间到", "Time's up";
    TimerLabel => "计时器：{0}", "Timer: {0}";
    TimerMinutes => "分钟", "Minutes";
    TimerStart => "开始", "Start";
    TimerPause => "暂停", "Pause";
    TimerReset => "重置", "Reset";
    Present => "演示模式", "Present";
    PresentHint => "←/→ 切换画布 · Esc 退出演示", "←/→ switch canvas · Esc leaves presentation";
    PrintCanvas => "打印此画布", "Print this canvas";
    PrintProject => "打印整个项目", "Print the whole project";
    DotVoting => "圆点投票", "Dot voting";
    DotsPerPerson => "每人票数", "Dots per person";
    Participants => "参与人数", "Participants";
    StartRound => "开始一轮投票", "Start a round";
    RoundOf => "{0} 开始的投票", "Round of {0}";
    Participant => "当前投票人", "Voting now";
    ParticipantN => "参与者 {0} / {1}", "Participant {0} of {1}";
    DotsLeft => "还剩 {0} / {1} 票", "{0} of {1} {1|dot|dots} left";
    NextParticipant => "下一位", "Next participant";
    MyVoteCode => "我的投票码", "My vote code";
    PasteVoteCode => "粘贴他人的投票码", "Paste a vote code";
    AddVoteCode => "加入投票码", "Add code";
    Reveal => "公布结果", "Reveal";
    EndRound => "结束本轮", "End round";
    Results => "结果（按票数排序）：", "Results, most dots first:";
    VotesHidden => "公布结果之前，每位参与者只能看到自己投的票。", "Until the reveal, each participant sees only their own dots.";
    OnDevices => "每人在自己的设备上投票", "Everyone votes on their own device";
    YourDotsLeft => "你还剩 {0} / {1} 票", "You have {0} of {1} {1|dot|dots} left";
    VotedCount => "已有 {0} 人投票", "{0} {0|person has|people have} voted";
    HostReveals => "主持人公布结果之前，每个人只能看到自己投的票。", "Until the facilitator reveals the results, each person sees only their own dots.";
    PastRounds => "以往的投票（{0}）", "Past rounds ({0})";
    DeleteRound => "删除这一轮", "Delete this round";
    AddDot => "投一票（本人已投 {0}，还剩 {1}）", "Add a dot (yours: {0}, left: {1})";
    RemoveDot => "收回一票", "Take a dot back";
    DotTotal => "总票数", "All dots";
    DotTotalShort => "共 {0} 票", "{0} total";
    ErrRoundOpen => "已有一轮投票正在进行。先结束它再开始新的一轮。", "A voting round is already open. End it before starting another.";
    ErrNoOpenRound => "当前没有进行中的投票。请先开始一轮。", "No voting round is open. Start one first.";
    ErrNoDotsLeft => "这位参与者的票已经投完了。", "This participant has no dots left.";
    ErrNotVotable => "只能给 SWOT 条目、五力因素和失误点投票。", "Dots go on SWOT items, five-forces factors and fail points only.";
    ErrBadVoteCode => "投票码无法识别。请检查是否完整复制。", "This vote code cannot be read. Check it was copied whole.";
    ErrWrongRound => "这个投票码属于另一轮投票。", "This vote code belongs to another voting round.";
    ErrNoEmptyBallot => "所有参与者都已投票。", "Every participant has already voted.";
    ErrVoteRange => "每人 1–20 票，参与者 1–100 人。", "1–20 dots per person and 1–100 participants.";
}
