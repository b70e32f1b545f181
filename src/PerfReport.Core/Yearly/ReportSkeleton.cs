using PerfReport.Model;

namespace PerfReport.Yearly;

/// <summary>What <c>perfreport init</c> wrote: the file's text, and in Chinese what was carried over and what is left to fill in.</summary>
public sealed record ReportSkeletonResult(string Text, IReadOnlyList<string> Carried, IReadOnlyList<string> ToFill);

/// <summary>
/// The commented skeleton of a report file (<c>perfreport init</c>): every section with Chinese guidance, and, made
/// from last year's report (<c>init --from</c>), what stays from year to year, with last year's 本年 figures as this
/// year's 上年 figures (<see cref="PriorYearFigures"/>) and this year's figures and scores left blank.
/// </summary>
public static class ReportSkeleton
{
    /// <summary>A skeleton for <paramref name="year"/>; its modeline points at <paramref name="schemaReference"/>.</summary>
    public static ReportSkeletonResult Create(int year, string schemaReference) => Write(year, schemaReference, null, "");

    /// <summary>A file for <paramref name="year"/> made from last year's checked report (its model must have bound).</summary>
    public static ReportSkeletonResult CreateFrom(int year, string schemaReference, CompilationResult previous, string previousName)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var model = previous.Model ?? throw new ArgumentException("last year's report did not bind", nameof(previous));
        return Write(year, schemaReference, model, previousName);
    }

    private static ReportSkeletonResult Write(int year, string schemaReference, Evaluation? last, string lastName)
    {
        var carried = new List<string>();
        var toFill = new List<string>();
        var priors = last is null ? [] : PriorYearFigures.Of(null, last).Where(f => f.LastYear is not null).ToDictionary(f => f.PriorPath, StringComparer.Ordinal);
        string? Prior(string path) => priors.TryGetValue(path, out var f) ? YamlText.Amount(f.LastYear!.Value) : null;

        var y = new YamlText();
        y.Comment(0, $"yaml-language-server: $schema={schemaReference}");
        y.Comment(0, "");
        y.Comment(0, last is null
            ? $"{year}年度部门整体支出绩效自评报告的数据文件（由 perfreport init 生成的空白框架）。"
            : $"{year}年度部门整体支出绩效自评报告的数据文件（由 perfreport init --from {lastName} 从上年报告生成）。");
        y.Comment(0, """
            填写说明：
            - 金额一律以“万元”为单位，只写数字（如 99.20），不要写“万元”二字；百分比写成 81.14%；
            - 表格单元格：写数字；不填则留空；不适用写“——”；
            - 大段文字用 | 开头的块（每段之间空一行）；列表的编号由工具生成，不要自己写“1、”“（一）”；
            - 合计、占比、执行率、得分都可以不填，工具会算；填了的，工具会核对；
            - 填写过程中用 perfreport validate --draft 本文件 检查（缺少的部分只作为警告列出），填完后用 perfreport validate 检查；
            - 第一行的 $schema 指向同目录的 perfreport.schema.json，编辑器（如 VS Code 的 YAML 插件）据此补全字段、提示说明。
            """);
        if (last is not null) y.Comment(0, $"上年数（上年决算数、与上年比较的上年数）取自 {lastName} 的本年数；用 perfreport validate 本文件 --previous {lastName} 核对。");
        y.Blank();
        y.Key(0, "version", "1", "文件格式版本，照抄");
        y.Key(0, "year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "自评年度");
        y.Key(0, "amount_unit", "万元");
        y.Blank();

        // Department and basic information: they stay from year to year.
        var d = last?.Department;
        y.Key(0, "department");
        y.Text(2, "name", d?.Name?.Value, "单位全称，用于标题和附表表头（必填）");
        y.Text(2, "region", d?.Region?.Value, "所在地区，如 益阳市资阳区");
        y.Text(2, "finance_bureau", d?.FinanceBureau?.Value, "布置自评工作的财政部门，用于开头语");
        y.Text(2, "self_reference", d?.SelfReference?.Value, "正文中的自称，如 我局、我会");
        if (d?.Name is not null) carried.Add("单位信息（department）");
        else toFill.Add("单位名称等（department）");
        y.Blank();

        var b = last?.BasicInfo;
        y.Comment(0, "一、部门（单位）基本情况");
        y.Key(0, "basic_info");
        if (b?.Duties is { Count: > 0 } duties)
        {
            y.Key(2, "duties", null, "主要职责，一条一项");
            foreach (var duty in duties) y.Item(4, duty.Value);
            carried.Add($"主要职责 {duties.Count} 条（basic_info.duties）");
        }
        else
        {
            y.Key(2, "duties", null, "主要职责，一条一项，每项以“    - ”开头");
            toFill.Add("主要职责（basic_info.duties）");
        }

        y.Text(2, "organization", b?.Organization?.Value, "机构设置：内设机构等（人员编制写在下面的 staffing 里）");
        if (b?.Organization is not null) carried.Add("机构设置（basic_info.organization）");
        else toFill.Add("机构设置（basic_info.organization）");
        var s = b?.Staffing;
        y.Key(2, "staffing", null, "编制数与实际在职人数（人）");
        y.Text(4, "establishment_type", s?.EstablishmentType?.Value, "编制类型，如 行政编制、事业编制");
        y.Key(4, "authorized", s?.Authorized?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "编制数");
        y.Key(4, "actual", s?.Actual?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "实际在职人数");
        y.Text(4, "staff_term", s?.StaffTerm?.Value, "人员的称呼，如 在职干部、在职职工");
        if (s is not null) carried.Add("人员编制（basic_info.staffing；人数有变化的请改正）");
        else toFill.Add("人员编制（basic_info.staffing）");
        y.Blank();

        // Income and expenditure: this year's figures are blank, last year's go into year_on_year.
        y.Comment(0, "二、部门整体收入支出管理及使用情况");
        y.Comment(0, "收入：各来源相加就是总收入，total 可不写；year_on_year.last_year 是上年数，写了则正文印出与上年的比较");
        y.Key(0, "income");
        y.Key(2, "total", null, "本年度总收入（万元）");
        YearOnYear(y, 2, Prior("income.year_on_year.last_year"));
        var sources = last?.Income?.Sources ?? [];
        y.Key(2, "sources", null, "收入来源，每项写名称、性质和金额");
        if (sources.Count == 0)
        {
            y.ItemKey(4, "name", "一般公共预算财政拨款收入");
            y.Key(6, "nature", "general_budget", "收入性质：general_budget、government_fund、special_account 或 other");
            y.Key(6, "amount", null, "本年金额（万元）");
        }

        for (var i = 0; i < sources.Count; i++)
        {
            y.ItemKey(4, "name", YamlText.Scalar(sources[i].Name?.Value ?? ""));
            if (sources[i].Nature is { } nature) y.Key(6, "nature", Vocabulary.Of(nature.Value).Code, Vocabulary.Of(nature.Value).Description);
            y.Key(6, "amount", null, "本年金额（万元）");
            YearOnYear(y, 6, Prior($"income.sources[{i}].year_on_year.last_year"));
        }

        if (sources.Count > 0) carried.Add($"收入来源 {sources.Count} 项的名称和性质（income.sources）");
        toFill.Add("本年收入金额（income.sources 各项的 amount；明细 breakdown 按需要写）");
        y.Blank();

        y.Comment(0, "支出：基本支出（人员经费 + 公用经费）+ 项目支出；各级合计可不写");
        y.Key(0, "expenditure");
        y.Key(2, "total", null, "本年度支出合计（万元）");
        YearOnYear(y, 2, Prior("expenditure.year_on_year.last_year"));
        var basic = last?.Expenditure?.Basic;
        y.Key(2, "basic");
        y.Key(4, "personnel", null, "人员经费（万元）");
        y.Text(4, "personnel_covers", basic?.PersonnelCovers?.Value, "人员经费包括的内容");
        y.Key(4, "public", null, "公用经费（万元）");
        y.Text(4, "public_covers", basic?.PublicCovers?.Value, "公用经费包括的内容");
        y.Key(2, "project");
        var projects = last?.Expenditure?.Project?.Projects ?? [];
        y.Key(4, "projects", null, "各项目：名称、本年预算数 budget、本年决算数 actual（万元）");
        foreach (var p in projects)
        {
            y.ItemKey(6, "name", YamlText.Scalar(p.Name?.Value ?? ""));
            y.Key(8, "actual", null, "本年决算数（万元）");
        }

        y.Text(4, "purpose", null, "项目支出的主要用途");
        if (projects.Count > 0) carried.Add($"项目 {projects.Count} 个的名称（expenditure.project.projects；本年没有的项目请删去）");
        toFill.Add("本年支出（expenditure：人员经费、公用经费、各项目决算数和用途）");
        y.Blank();

        y.Comment(0, "年初预算与决算的差异：差额 = 决算支出合计 − 年初预算，由工具计算并与各项原因之和核对；增加写正数，减少写负数");
        y.Key(0, "budget_vs_final");
        y.Key(2, "initial_budget", null, "本年年初预算数（万元）");
        y.Key(2, "reasons", null, "各项原因，如 - { text: 年中调整工资标准增加人员经费, amount: 6.50 }");
        toFill.Add("年初预算与决算差异（budget_vs_final）");
        y.Blank();

        y.Comment(0, "三、四、五：政府性基金、国有资本经营、社会保险基金预算支出；没有的写 none，有的写 { amount: 金额, text: 说明 }");
        y.Key(0, "other_budgets");
        y.Key(2, "government_fund");
        y.Key(2, "state_capital");
        y.Key(2, "social_insurance");
        toFill.Add("其他预算支出情况（other_budgets；没有的写 none）");
        y.Blank();

        y.Comment(0, "六、部门整体支出绩效情况（第一句由工具根据支出数生成）");
        y.Key(0, "performance");
        y.Text(2, "summary", null, "总体情况");
        y.Text(2, "achievements_intro", null, "成效的引言");
        y.Key(2, "achievements", null, "各项成效：- title: 标题，text: | 正文");
        toFill.Add("绩效情况（performance）");
        y.Blank();

        y.Comment(0, "七、存在的问题及原因分析（一条一项，编号由工具生成）");
        y.Key(0, "problems");
        y.Comment(0, "八、下一步改进措施（一条一项）");
        y.Key(0, "measures");
        y.Comment(0, "九、部门整体支出绩效自评结果拟应用和公开情况");
        y.Key(0, "results_application");
        y.Comment(0, "十、其他需要说明的情况；没有的写“无其他需要说明的情况。”");
        y.Key(0, "other_remarks");
        toFill.Add("存在的问题、改进措施、结果应用和其他说明（problems、measures、results_application、other_remarks）");
        y.Blank();

        // 附表1: 上年决算数 from last year's 本年决算数.
        y.Comment(0, "附表1：部门整体支出绩效评价基础数据表");
        y.Comment(0, "每行三列：prior_actual = 上年决算数，budget = 本年预算数，actual = 本年决算数");
        y.Key(0, "basic_data_table");
        y.Key(2, "staff_control_rate", null, "财政供养人员控制率，可不填（由 staffing 算出）");
        y.Key(2, "funds");
        foreach (var line in FundsTable.Lines.Take(FundsTable.SpecialProjectsAfter)) FundsRow(y, line.Key, line.Name, Prior($"basic_data_table.funds.{line.Key}.prior_actual"));
        var specials = last?.BasicDataTable?.Funds?.SpecialProjects ?? [];
        y.Key(4, "special_projects", null, "专项（行数不限）：- { name: 名称, prior_actual: 上年决算数, budget: 本年预算数, actual: 本年决算数 }");
        for (var i = 0; i < specials.Count; i++)
        {
            y.ItemKey(6, "name", YamlText.Scalar(specials[i].Name?.Value ?? ""));
            if (Prior($"basic_data_table.funds.special_projects[{i}].prior_actual") is { } p) y.Key(8, "prior_actual", p, "上年决算数");
            y.Key(8, "budget", null, "本年预算数");
            y.Key(8, "actual", null, "本年决算数");
        }

        foreach (var line in FundsTable.Lines.Skip(FundsTable.SpecialProjectsAfter)) FundsRow(y, line.Key, line.Name, Prior($"basic_data_table.funds.{line.Key}.prior_actual"));
        if (specials.Count > 0) carried.Add($"专项 {specials.Count} 项的名称（basic_data_table.funds.special_projects）");
        toFill.Add("基础数据表的本年预算数和本年决算数（basic_data_table.funds 各行的 budget、actual）");
        y.Key(2, "buildings", null, "楼堂馆所控制情况（上年完工项目）；没有的留空");
        y.Key(4, "approved_area");
        y.Key(4, "actual_area");
        y.Key(4, "budget_investment");
        y.Key(4, "actual_investment");
        y.Text(2, "thrift_measures", null, "厉行节约保障措施");
        y.Blank();

        // 附表2: the indicator structure, targets and weights stay; actual values and scores are blank.
        var se = last?.SelfEvaluation;
        y.Comment(0, "附表2：部门整体支出绩效自评表");
        y.Key(0, "self_evaluation");
        y.Key(2, "funds");
        y.Key(4, "initial_budget", null, "年初预算数");
        y.Key(4, "full_year_budget", null, "全年预算数");
        y.Key(4, "executed", null, "全年执行数");
        y.Key(4, "weight", se?.Funds?.Weight is { } w ? YamlText.Number(w.Value) : "10", "分值");
        y.Key(4, "score", null, "得分，可不填（由执行率算出）");
        toFill.Add("自评表的年初预算数、全年预算数和全年执行数（self_evaluation.funds）");
        if (se?.Goals is { Count: > 0 } goals)
        {
            y.Key(2, "goals", null, "年度总体目标，一条一项");
            foreach (var g in goals) y.Item(4, g.Value);
            carried.Add($"年度总体目标 {goals.Count} 条（self_evaluation.goals）");
        }
        else
        {
            y.Key(2, "goals", null, "年度总体目标，一条一项");
            toFill.Add("年度总体目标（self_evaluation.goals）");
        }

        y.Text(2, "goals_achievement", null, "总体目标完成情况");
        toFill.Add("总体目标完成情况（self_evaluation.goals_achievement）");
        Indicators(y, se?.Indicators ?? [], carried, toFill);
        y.Blank();

        y.Comment(0, "两张附表底部的签字栏");
        y.Key(0, "signature");
        y.Key(2, "filled_by", null, "填表人");
        y.Key(2, "date", null, "填报日期");
        y.Key(2, "phone", null, "联系电话");
        y.Key(2, "head", null, "单位负责人");
        toFill.Add("签字栏（signature）");

        if (last?.Scoring?.Profile is { } profile)
        {
            y.Blank();
            y.Key(0, "scoring");
            y.Text(2, "profile", profile.Value, "评分规则");
            carried.Add("评分规则（scoring.profile）");
        }

        foreach (var f in priors.Values) carried.Add($"{f.Title} {YamlText.Amount(f.LastYear!.Value)}（{lastName} 第 {f.LastYear.Span.Line} 行的本年数）");
        return new ReportSkeletonResult(y.ToString(), carried, toFill);
    }

    private static void YearOnYear(YamlText y, int indent, string? prior)
    {
        if (prior is null)
        {
            y.Comment(indent, "与上年比较：year_on_year: { last_year: 上年数 }（增减额、增减率可不写，由工具算）");
            return;
        }

        y.Key(indent, "year_on_year", null, "与上年比较");
        y.Key(indent + 2, "last_year", prior, "上年数");
    }

    private static void FundsRow(YamlText y, string key, string name, string? prior)
    {
        y.Key(4, key, prior is null ? "{ prior_actual: , budget: , actual: }" : $"{{ prior_actual: {prior}, budget: , actual: }}", name);
    }

    private static void Indicators(YamlText y, List<IndicatorGroup> groups, List<string> carried, List<string> toFill)
    {
        y.Comment(2, "绩效指标：一级指标（weight 分值）→ 二级指标 → 三级指标（name 名称、target 年度指标值、actual 实际完成值、weight 分值、score 得分）");
        y.Key(2, "indicators");
        if (groups.Count == 0)
        {
            y.Comment(4, """
                例：
                - name: 产出指标
                  weight: 50
                  categories:
                    - name: 数量指标
                      indicators:
                        - { name: 组织专题活动, target: 6场, actual: , weight: 10, score: }
                """);
            toFill.Add("绩效指标（self_evaluation.indicators）");
            return;
        }

        var count = 0;
        foreach (var g in groups)
        {
            y.ItemKey(4, "name", YamlText.Scalar(g.Name?.Value ?? ""));
            if (g.Weight is { } gw) y.Key(6, "weight", YamlText.Number(gw.Value));
            var named = g.Categories.Where(c => c.Name is not null).ToList();
            if (named.Count > 0) y.Key(6, "categories");
            foreach (var c in g.Categories)
            {
                var indent = 6;
                if (c.Name is not null)
                {
                    y.ItemKey(8, "name", YamlText.Scalar(c.Name.Value));
                    indent = 10;
                }

                y.Key(indent, "indicators");
                foreach (var i in c.Indicators)
                {
                    count++;
                    y.ItemKey(indent + 2, "name", YamlText.Scalar(i.Name?.Value ?? ""));
                    if (i.Kind is { } kind) y.Key(indent + 4, "kind", Vocabulary.Of(kind.Value).Code);
                    if (i.Target is { } target) y.Key(indent + 4, "target", YamlText.Value(target.Value), "年度指标值");
                    y.Key(indent + 4, "actual", null, "实际完成值");
                    if (i.Weight is { } iw) y.Key(indent + 4, "weight", YamlText.Number(iw.Value), "分值");
                    y.Key(indent + 4, "score", null, "得分");
                }
            }
        }

        carried.Add($"绩效指标 {groups.Count} 个一级、{count} 个三级指标的名称、指标值和分值（self_evaluation.indicators）");
        toFill.Add("各三级指标的实际完成值和得分（self_evaluation.indicators 的 actual、score）");
    }
}
