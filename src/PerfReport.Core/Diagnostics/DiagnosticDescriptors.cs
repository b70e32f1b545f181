namespace PerfReport.Diagnostics;

/// <summary>Codes that no validation rule owns: the YAML text (PR0xxx), the fields (PR1xxx), and output (PR9xxx).</summary>
public static class DiagnosticDescriptors
{
    private static DiagnosticDescriptor Error(string id, string title, string format, RuleCategory category, string explanation) =>
        new(id, title, format, Severity.Error, category, explanation);

    private static DiagnosticDescriptor Warning(string id, string title, string format, RuleCategory category, string explanation) =>
        new(id, title, format, Severity.Warning, category, explanation);

    /// <summary>PR0001.</summary>
    public static DiagnosticDescriptor YamlSyntax { get; } = Error("PR0001", "YAML 语法错误", "YAML 语法错误：{0}", RuleCategory.Yaml, """
        ## 检查内容
        文件必须是合法的 YAML。常见原因：冒号后缺空格、引号没有配对、缩进没有对齐。
        ## 为何重要
        语法错误时工具无法读出文件内容，其他检查都无法进行。
        ## 示例
        ```yaml
        department:
          name: "某某局     # 引号没有配对
        ```
        """);

    /// <summary>PR0002.</summary>
    public static DiagnosticDescriptor TabIndentation { get; } = Error("PR0002", "缩进中使用了制表符", "缩进中使用了制表符（Tab），YAML 只允许用空格缩进；请把这一行开头的 Tab 换成空格", RuleCategory.Yaml, """
        ## 检查内容
        行首缩进里不能出现制表符（Tab 键）。
        ## 为何重要
        YAML 规定缩进只能用空格；Tab 在不同编辑器里宽度不同，会让层级含糊不清。
        ## 示例
        ```yaml
        department:
        	name: 某某局   # 行首是 Tab，应改为两个空格
        ```
        """);

    /// <summary>PR0003.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = Error("PR0003", "重复的字段", "字段 \"{0}\" 重复出现（第一次在第 {1} 行），请删去其中一个", RuleCategory.Yaml, """
        ## 检查内容
        同一层里同一个字段只能出现一次。
        ## 为何重要
        重复时不知道哪一个才算数；很多工具会悄悄取最后一个，数字就可能被替换而无人察觉。
        ## 示例
        ```yaml
        income:
          total: 107.49
          total: 107.94   # 重复
        ```
        """);

    /// <summary>PR0004.</summary>
    public static DiagnosticDescriptor FileTooLarge { get; } = Error("PR0004", "文件过大", "文件超过 {0} 字节的上限；一份自评报告的数据不应这么大，请检查是否选错了文件", RuleCategory.Yaml, """
        ## 检查内容
        输入文件不超过 4 MiB。
        ## 为何重要
        一份报告的数据通常只有几十 KB；过大的文件多半是选错了文件，读入会白白耗费时间和内存。
        ## 示例
        把一个导出的数据库文件当作报告数据传给 `perfreport validate`。
        """);

    /// <summary>PR0005.</summary>
    public static DiagnosticDescriptor NestingTooDeep { get; } = Error("PR0005", "嵌套层次过深", "嵌套超过 {0} 层，已停止读取；报告数据不需要这么深的层次", RuleCategory.Yaml, """
        ## 检查内容
        映射和列表的嵌套不超过 64 层。
        ## 为何重要
        报告数据最多只有五六层；极深的嵌套只可能是错误或恶意输入，读入它会耗尽程序的栈空间。
        ## 示例
        ```yaml
        a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]   # 65 层列表
        ```
        """);

    /// <summary>PR0006.</summary>
    public static DiagnosticDescriptor AliasNotSupported { get; } = Error("PR0006", "不支持 YAML 别名", "不支持 YAML 别名 \"*{0}\"，请把内容直接写出来", RuleCategory.Yaml, """
        ## 检查内容
        文件中不能使用 `*名称` 形式的别名引用（锚点 `&名称` 本身可以有，但不会被引用）。
        ## 为何重要
        别名会让同一段数据在报告中出现在多处，核对时难以看清每个数字的来源；层层嵌套的别名还可以膨胀成数十亿个节点（“十亿笑”攻击）。
        ## 示例
        ```yaml
        a: &x [1, 2]
        b: *x
        ```
        """);

    /// <summary>PR0007.</summary>
    public static DiagnosticDescriptor MultipleDocuments { get; } = Error("PR0007", "一个文件中有多个文档", "一个文件只能写一份报告（一个 YAML 文档），这里出现了第二个文档；请删去 \"---\" 后面的内容或分成两个文件", RuleCategory.Yaml, """
        ## 检查内容
        文件里只有一个 YAML 文档（没有第二个 `---`）。
        ## 为何重要
        每个文件对应一个部门一个年度的报告；第二个文档会被忽略，容易造成误解。
        ## 示例
        ```yaml
        year: 2022
        ---
        year: 2023
        ```
        """);

    /// <summary>PR0008.</summary>
    public static DiagnosticDescriptor NotUtf8 { get; } = Error("PR0008", "文件不是 UTF-8 编码", "文件不是 UTF-8 编码（可能是 GBK/GB2312），请在编辑器中“另存为 UTF-8”后再试", RuleCategory.Yaml, """
        ## 检查内容
        文件必须是 UTF-8 编码（有无 BOM 均可）。
        ## 为何重要
        其他编码的中文会被读成乱码，报告中的每个字都会出错。
        ## 示例
        用记事本以“ANSI”编码保存的文件。
        """);

    /// <summary>PR0009.</summary>
    public static DiagnosticDescriptor ComplexKey { get; } = Error("PR0009", "字段名不是简单文字", "字段名必须是简单文字，不能是列表或映射", RuleCategory.Yaml, """
        ## 检查内容
        每个字段名都是一个普通的词，例如 `name`。
        ## 为何重要
        报告数据的字段都是固定的英文小写名称。
        ## 示例
        ```yaml
        ? [a, b]
        : 1
        ```
        """);

    /// <summary>PR0010.</summary>
    public static DiagnosticDescriptor TooManyNodes { get; } = Error("PR0010", "内容过多", "文件包含超过 {0} 个 YAML 节点，已停止读取", RuleCategory.Yaml, """
        ## 检查内容
        文件中的 YAML 节点（数值、列表、映射）不超过 100 万个。
        ## 为何重要
        一份报告只有几百个数值；过多的节点多半是错误或恶意输入。
        ## 示例
        一个自动生成的、有上百万行的列表。
        """);

    /// <summary>PR1001.</summary>
    public static DiagnosticDescriptor MissingField { get; } = Error("PR1001", "缺少必填字段", "缺少必填字段 \"{0}\"（{1}）", RuleCategory.Schema, """
        ## 检查内容
        必填字段都已填写：`year`、`department.name`，以及列表中每一项的名称等。
        ## 为何重要
        报告标题、表头等都要用到这些字段，缺了就无法生成报告。
        ## 示例
        ```yaml
        department:
          region: 某某县      # 缺少 name
        ```
        """);

    /// <summary>PR1002.</summary>
    public static DiagnosticDescriptor WrongShape { get; } = Error("PR1002", "类型不对", "\"{0}\" 应为{1}，这里是{2}", RuleCategory.Schema, """
        ## 检查内容
        每个字段的写法符合它的类型：映射（下一级字段）、列表（以 `- ` 开头的各项）或单个值。
        ## 为何重要
        类型不对时，工具无法读出其中的数据。
        ## 示例
        ```yaml
        problems: 预算编制有待细化     # 应为列表：
        # problems:
        #   - 预算编制有待细化
        ```
        """);

    /// <summary>PR1003.</summary>
    public static DiagnosticDescriptor UnknownField { get; } = Error("PR1003", "未知字段", "未知字段 \"{0}\"{1}", RuleCategory.Schema, """
        ## 检查内容
        每个字段名都是本工具认识的名称（见 `perfreport schema`，编辑器中也有提示）。
        ## 为何重要
        拼错的字段会被当作没有填写：数字悄悄丢失，报告里就少了内容。
        ## 示例
        ```yaml
        income:
          totle: 107.49   # 应为 total
        ```
        """);

    /// <summary>PR1004.</summary>
    public static DiagnosticDescriptor NotANumber { get; } = Error("PR1004", "不是数字", "\"{0}\" 应为数字，这里写的是 \"{1}\"{2}", RuleCategory.Schema, """
        ## 检查内容
        金额、分值、得分等字段只写数字，例如 `107.49`。单位（万元）由 `amount_unit` 统一规定，不写在数字后面。
        ## 为何重要
        “107.49万元”这样的文字无法参与求和与核对。
        ## 示例
        ```yaml
        income:
          total: 107.49万元   # 应写 107.49
        ```
        """);

    /// <summary>PR1005.</summary>
    public static DiagnosticDescriptor NegativeAmount { get; } = Error("PR1005", "金额、分值或得分为负数", "\"{0}\" 为负数 {1}；金额、分值和得分都不能为负，减少额请写在说明文字中", RuleCategory.Schema, """
        ## 检查内容
        金额、人数、分值、得分都不能是负数。
        ## 为何重要
        收支和预算表中的金额都是非负数；负数多半是录入错误。
        ## 示例
        ```yaml
        expenditure:
          total: -107.49
        ```
        """);

    /// <summary>PR1006.</summary>
    public static DiagnosticDescriptor BadPercent { get; } = Error("PR1006", "百分比格式不对", "\"{0}\" 应写成百分比，例如 81.14%，这里是 \"{1}\"{2}", RuleCategory.Schema, """
        ## 检查内容
        占比、执行率、控制率写成数字加百分号，例如 `81.14%`、`100%`。
        ## 为何重要
        只写 `81.14` 或 `0.8114` 时无法确定含义，核对会出错。
        ## 示例
        ```yaml
        income:
          sources:
            - name: 一般公共预算财政拨款收入
              amount: 102.49
              breakdown:
                - { name: 一般公共服务支出, amount: 83.16, share: 81.14 }   # 应写 81.14%
        ```
        """);

    /// <summary>PR1007.</summary>
    public static DiagnosticDescriptor TooManyDecimals { get; } = Warning("PR1007", "金额超过两位小数", "\"{0}\" 写了 {1} 位小数（{2}），报告只印两位小数，将印成 {3}", RuleCategory.Schema, """
        ## 检查内容
        金额最多两位小数（万元到“分”以上的精度通常没有意义）。
        ## 为何重要
        报告一律印两位小数；多出的位数在印出的报告中看不到，却会参与核对，可能造成“看上去相等却报不符”。
        ## 示例
        ```yaml
        income:
          total: 107.495   # 将印成 107.50
        ```
        """);

    /// <summary>PR1008.</summary>
    public static DiagnosticDescriptor NotAnInteger { get; } = Error("PR1008", "不是整数", "\"{0}\" 应为整数{1}，这里是 \"{2}\"{3}", RuleCategory.Schema, """
        ## 检查内容
        年度、编制数、在职人数等字段是整数。
        ## 为何重要
        这些数字用来生成标题和计算控制率，不能有小数或文字。
        ## 示例
        ```yaml
        year: 2022年   # 应写 2022
        ```
        """);

    /// <summary>PR1009.</summary>
    public static DiagnosticDescriptor InvalidChoice { get; } = Error("PR1009", "取值不在可选范围内", "\"{0}\" 的值 \"{1}\" 不在可选范围内（可选：{2}）{3}", RuleCategory.Schema, """
        ## 检查内容
        只能从固定几个值中选一个的字段（如收入性质 `nature`、指标类型 `kind`）写的是其中之一。
        ## 为何重要
        这些值决定数字归入哪一栏、指标如何计分。
        ## 示例
        ```yaml
        income:
          sources:
            - { name: 一般公共预算财政拨款收入, nature: general, amount: 102.49 }   # 应为 general_budget
        ```
        """);

    /// <summary>PR1010.</summary>
    public static DiagnosticDescriptor UnsupportedVersion { get; } = Error("PR1010", "不支持的格式版本", "格式版本 {0} 不受支持，本工具读取版本 1", RuleCategory.Schema, """
        ## 检查内容
        `version` 省略或为 1。
        ## 为何重要
        以后的格式可能改变字段含义；用旧工具读新格式会出错。
        ## 示例
        ```yaml
        version: 2
        ```
        """);

    /// <summary>PR1011.</summary>
    public static DiagnosticDescriptor OutOfRange { get; } = Error("PR1011", "数值超出合理范围", "\"{0}\" 的值 {1} 超出合理范围（{2}）", RuleCategory.Schema, """
        ## 检查内容
        年度在 2000 至 2100 之间；百分比不超过 10000%；数字不超过 10^15。
        ## 为何重要
        超出范围的数值几乎一定是录入错误。
        ## 示例
        ```yaml
        year: 20222
        ```
        """);

    /// <summary>PR1012.</summary>
    public static DiagnosticDescriptor Overflow { get; } = Error("PR1012", "数值无法计算", "计算{0}时数值溢出，请检查有关数字是否写错（例如多写了零，或小数点位置不对）", RuleCategory.Schema, """
        ## 检查内容
        报告中的数字能够参与计算，不会因过大或过小而溢出。
        ## 为何重要
        例如全年预算数写成 0.0000000000001、执行数写成 999999999999999 时，执行率无法计算；这几乎一定是录入错误。
        ## 示例
        ```yaml
        self_evaluation:
          funds: { full_year_budget: 0.0000000000001, executed: 999999999999999 }
        ```
        """);

    /// <summary>PR1020: a control character in a text, removed.</summary>
    public static DiagnosticDescriptor ControlCharacter { get; } = Warning("PR1020", "文字中有控制字符", "文字中有控制字符 {0}（第 {1} 个字符处，共 {2} 个），已删去；多为从其他软件复制时带入，请删去", RuleCategory.Schema, """
        ## 检查内容
        文字中不能有控制字符（U+0000–U+001F 中除 Tab 和换行以外的字符、U+007F–U+009F、U+FFFE、U+FFFF、落单的代理项）。
        它们多由 `"\0"`、`"\e"`、`"\u001b"` 这样的转义写进文件，或从其他软件复制时带入。
        ## 为何重要
        控制字符在报告中看不见，却会让 Word 拒绝打开文档，或在终端里改变显示；工具把它们删去后再检查和生成，并指出位置。
        ## 示例
        ```yaml
        department:
          name: "某某局\u0007"
        ```
        """);

    /// <summary>PR1021: a list longer than any report needs (and than a template may loop over).</summary>
    public static DiagnosticDescriptor TooManyItems { get; } = Error("PR1021", "列表项过多", "{0} 有 {1} 项，超过 {2} 项的上限；多出的项不予读取", RuleCategory.Schema, """
        ## 检查内容
        每个列表（职责、项目、原因、指标等）不超过 10000 项。
        ## 为何重要
        一份报告的列表最多几百项；更长的列表多半是生成数据时出了错，模板逐项输出时也会超过模板的循环上限。
        错误指向超出上限的第一项所在的行。
        ## 示例
        `basic_info.duties` 下有 20000 行。
        """);

    /// <summary>PR1030: a suppression without a reason, which therefore does not work.</summary>
    public static DiagnosticDescriptor SuppressionWithoutReason { get; } = Warning("PR1030", "抑制缺少原因", "抑制 {0} 没有写明原因，不起作用；请{1}，说明为何接受这一问题", RuleCategory.Schema, """
        ## 检查内容
        部门已经接受的警告可以抑制：在警告所在行的行尾写注释 `# perfreport: ignore PR3050 原因：……`（可写多个编号，用逗号或空格分开），
        或在文件顶层的 `suppressions:` 列表中写一项 `code`（编号）、`path`（YAML 路径）和 `reason`（原因）。
        每条抑制都必须写明原因；没有原因的抑制不起作用，警告照常列出，并另报这一条。
        ## 为何重要
        抑制会让问题从清单中消失；写明原因，审核的人才能判断接受它是否有道理，下一年也知道为何当初接受。
        ## 示例
        ```yaml
        year: 2022
        department:
          name: 某某局
        income:
          total: 107.495   # perfreport: ignore PR1007
        ```
        """);

    /// <summary>PR1031: a suppression that matches no warning.</summary>
    public static DiagnosticDescriptor SuppressionUnused { get; } = Warning("PR1031", "抑制没有匹配任何问题", "抑制 {0}{1}没有匹配到任何警告{2}；请删去这条抑制，或改正其中的编号和位置", RuleCategory.Schema, """
        ## 检查内容
        每条抑制（行尾注释 `# perfreport: ignore PRnnnn 原因：……` 或 `suppressions:` 中的一项）都要匹配到至少一条警告：
        行尾注释匹配同一行上该编号的警告；`suppressions:` 的一项匹配 `path` 本身及其下各级（如 `performance` 包括
        `performance.summary` 和 `performance.achievements[0].text`）上该编号的警告。错误不能抑制，只能改正。
        ## 为何重要
        问题改正后，留下的抑制会在以后悄悄隐藏同一位置的新问题；编号或路径写错的抑制则根本没有起作用。
        ## 示例
        ```yaml
        year: 2022
        department:
          name: 某某局   # perfreport: ignore PR1007 原因：已与财政局核对
        ```
        """);

    /// <summary>PR1013.</summary>
    public static DiagnosticDescriptor MissingPart { get; } = Error("PR1013", "报告缺少一部分内容", "报告的“{0}”{1}", RuleCategory.Schema, """
        ## 检查内容
        报告结构清单（`report.yaml`）印出的每一部分——正文一至十、附表1、附表2——在文件中都有内容：主要职责、机构设置、
        收入、支出、三至五部分（没有的写 `none`）、存在的问题、改进措施、结果应用、其他需要说明的情况（没有的写“无其他需要说明的情况。”）、
        基础数据表和自评表（至少一个指标）。每缺一部分报告一次，位置是上一级字段所在的行；上一级也没有时在文件开头。
        `perfreport validate --draft` 把这类错误降为警告，供还在填写的文件使用；`build` 总是要求完整。
        ## 为何重要
        缺了一部分的报告只印出一个空标题，或像“本年度无政府性基金预算支出”那样替文件说了它没说的话。
        ## 示例
        ```yaml
        year: 2022
        department: { name: 某局, finance_bureau: 某县财政局 }
        # 没有 problems：第七部分“存在的问题及原因分析”没有内容
        ```
        """);

    /// <summary>PR1014.</summary>
    public static DiagnosticDescriptor MissingFigure { get; } = Error("PR1014", "报告正文要用到的数字或名称没有填写", "报告的“{0}”要印出“{1}”（{2}），文件中没有{3}", RuleCategory.Schema, """
        ## 检查内容
        模板印出的每个数字和名称在文件中都有：金额、编制数、财政部门名称等。是否需要由模板实际印出什么决定，
        自定义模板也一样核对。每缺一项报告一次，位置是上一级字段所在的行；上一级也没有时在文件开头。
        `perfreport validate --draft` 把这类错误降为警告。
        ## 为何重要
        缺了数字的句子会印成“金额为万元，其中：基本支出万元”，缺了名称的会印成“根据关于开展……”。
        ## 示例
        ```yaml
        expenditure:
          basic: { personnel: 85.26 }   # 没有 public：“公用经费支出为万元”
        ```
        """);

    /// <summary>PR1015.</summary>
    public static DiagnosticDescriptor MissingIndicatorWeight { get; } = Error("PR1015", "三级指标没有分值", "指标“{0}”没有分值（weight）；每个三级指标都要写分值，没有分值无法计分", RuleCategory.Schema, """
        ## 检查内容
        自评表的每个三级指标都写了分值 `weight`。
        `perfreport validate --draft` 把这类错误降为警告。
        ## 为何重要
        没有分值的指标不能计分，也不能核对分值合计是否为 100；按 0 分计会悄悄改变总分。
        ## 示例
        ```yaml
        self_evaluation:
          indicators:
            - name: 产出指标
              categories:
                - name: 数量指标
                  indicators:
                    - { name: 举办培训次数, target: ≥4次, actual: 4次 }   # 缺少 weight
        ```
        """);

    /// <summary>PR9001.</summary>
    public static DiagnosticDescriptor TemplateError { get; } = Error("PR9001", "模板错误", "模板错误：{0}", RuleCategory.Output, """
        ## 检查内容
        报告模板（.sbn 文件）能正确解析和运行：语法正确，只使用模板可见的数据。
        ## 为何重要
        模板出错时无法生成报告正文；错误位置指向模板文件的行和列。
        ## 示例
        ```
        {{ income.totl }}     # 没有 totl，应为 income.total
        ```
        """);

    /// <summary>PR9101.</summary>
    public static DiagnosticDescriptor ReferenceStyleMissing { get; } = Warning("PR9101", "参考文档缺少样式", "参考文档缺少样式：{0}；改用内置样式", RuleCategory.Output, """
        ## 检查内容
        `--reference-doc` 指定的 Word 文档中有报告要用的每个样式（按样式名查找，如 "heading 1"、"Body Text"）。
        ## 为何重要
        缺少的样式会改用内置的公文样式，生成的文档可能与单位自己的版式不一致。
        ## 示例
        用一个删除了“标题 1”样式的文档作为参考文档。
        """);

    /// <summary>PR9102.</summary>
    public static DiagnosticDescriptor ReferenceUnreadable { get; } = Error("PR9102", "参考文档无法读取", "参考文档无法读取：{0}", RuleCategory.Output, """
        ## 检查内容
        `--reference-doc` 指定的文件是一个能打开的 .docx 文档。
        ## 为何重要
        报告的样式、页面设置和页码都取自参考文档。
        ## 示例
        把 .doc（旧格式）或 .pdf 文件当作参考文档。
        """);

    /// <summary>PR9103: a reference document beyond the limits (a zip bomb).</summary>
    public static DiagnosticDescriptor ReferenceTooLarge { get; } = Error("PR9103", "参考文档超出大小限制", "参考文档超出大小限制：{0}；请检查是否选错了文件", RuleCategory.Output, """
        ## 检查内容
        `--reference-doc` 指定的 .docx 最多 1000 个部件，每个部件解压后不超过 32 MiB，全部解压后不超过 128 MiB
        （也不超过文件本身的 100 倍）。大小在解压的同时计数，不采信压缩包头中写的大小。
        ## 为何重要
        .docx 是压缩包。几 KB 的“压缩炸弹”解压后可达数 GB，会耗尽内存和时间；正常的参考文档只有几十 KB 到几 MB。
        ## 示例
        把一个解压后有 1 GB 的压缩包改名为 .docx 作为参考文档。
        """);

    /// <summary>PR9002: a user template exceeded its budget.</summary>
    public static DiagnosticDescriptor TemplateBudget { get; } = Error("PR9002", "模板超出运行限制", "模板超出运行限制：{0}", RuleCategory.Output, """
        ## 检查内容
        自定义模板（`--templates`）在一次生成中：所有循环合计不超过 1000000 次、运行步骤不超过 5000 万步、递归不超过 50 层、输出不超过 16M 个字符、用时不超过 10 秒。
        错误指向超出限制时模板所在的行。
        ## 为何重要
        模板来自用户，可能写出死循环、无限递归或成倍膨胀的输出；限制保证任何模板都在有限的时间和内存内结束。
        ## 示例
        ```
        {{ func f; f; end; f }}
        ```
        """);

    /// <summary>PR9301: a tag of a Word template (<c>build --template</c>) that Scriban cannot parse or run.</summary>
    public static DiagnosticDescriptor WordTemplateTag { get; } = Error("PR9301", "Word 模板中的标签有误", "Word 模板中的标签有误：{0}", RuleCategory.Output, """
        ## 检查内容
        `build --template` 指定的 Word 文档中，每个 `{{ … }}` 标签都能解析和运行：语法正确，只使用模板可见的变量
        （`perfreport templates vars` 列出全部变量）。
        ## 为何重要
        标签出错时无法填入数据。问题指出模板文件、标签所在的位置（“表2 第3行 第2列”“第5段”“页眉1 第1段”）和标签本身。
        ## 示例
        在 Word 模板的某段中写 `{{ income.totl }}`（没有 totl，应为 `income.total`）。
        """);

    /// <summary>PR9302: the blocks of a Word template do not fit its paragraphs, cells and rows.</summary>
    public static DiagnosticDescriptor WordTemplateStructure { get; } = Error("PR9302", "Word 模板的循环或条件结构有误", "Word 模板的循环或条件结构有误：{0}", RuleCategory.Output, """
        ## 检查内容
        Word 模板中每个 `{{ for }}`、`{{ if }}` 都有对应的 `{{ end }}`，并且开头和结尾：写在同一段中（段内重复或选择）；
        或各自单独占一段、在同一正文/单元格/文本框中（重复或选择其间的段落和表格）；或写在同一表格的行中（重复或选择
        这些行）。`{{ merge … }}` 只能写在表格单元格中。
        ## 为何重要
        循环跨越表格单元格的边界（如开头在单元格中、结尾在表格外）时，无法确定要重复的内容。
        ## 示例
        在表格某一单元格中写 `{{ for p in expenditure.projects }}`，而 `{{ end }}` 写在表格之后的段落中。
        """);

    /// <summary>PR9303: the Word template is not a .docx that can be read.</summary>
    public static DiagnosticDescriptor WordTemplateUnreadable { get; } = Error("PR9303", "Word 模板无法读取", "Word 模板无法读取：{0}", RuleCategory.Output, """
        ## 检查内容
        `build --template` 指定的文件是能打开的 Word 文档（.docx），且在压缩包大小限制之内（同参考文档，见 PR9103）。
        ## 为何重要
        报告的全部内容来自这个文档。
        ## 示例
        把 .doc（旧格式）、.wps 或 .pdf 文件当作模板。
        """);

    /// <summary>PR9201.</summary>
    public static DiagnosticDescriptor ManifestProblem { get; } = Error("PR9201", "报告结构清单有误", "报告结构清单有误：{0}", RuleCategory.Output, """
        ## 检查内容
        模板目录中的 `report.yaml` 列出标题、导语、各节（heading 和 template）、结尾和附表，且引用的模板文件都存在。
        ## 为何重要
        报告的章节顺序由这个清单决定；清单有误时无法生成报告。
        ## 示例
        ```yaml
        tables: [BasicDataTabel]   # 应为 BasicDataTable
        ```
        """);

    /// <summary>PR9202: a table description (templates/tables/*.table.yaml) that cannot be read as one.</summary>
    public static DiagnosticDescriptor TableTemplateProblem { get; } = Error("PR9202", "表格描述有误", "表格描述有误：{0}", RuleCategory.Output, """
        ## 检查内容
        模板目录中的表格描述文件（`tables/*.table.yaml`，如附表1 的 `tables/basic-data.table.yaml`）只使用已有的键
        （表：title、split_name、columns、stretch、font、continued_suffix、rows；行：cells、if、keep_with_next、may_split、
        repeat_on_new_page；循环：for、rows、if、keep_together_up_to、keep_last_with_next；格：text、span、align、bold、merge、
        split_if_longer），取值合法，且每行各格的 span 之和等于 columns。问题指出文件、行和格（“第3行 第2格”）。
        ## 为何重要
        附表按表格描述生成；描述有误时无法生成附表。
        ## 示例
        在 `tables/basic-data.table.yaml` 的某一格中写 `{ text: 编制数, spna: 2 }`（应为 span）。
        """);

    /// <summary>PR9203: a Scriban text or expression in a table description that cannot be parsed or run.</summary>
    public static DiagnosticDescriptor TableTemplateText { get; } = Error("PR9203", "表格描述中的模板有误", "表格描述中的模板有误：{0}", RuleCategory.Output, """
        ## 检查内容
        表格描述文件中每一格的 text、每个 for 的列表和每个 if 的条件都能解析和运行：语法正确，只使用模板可见的变量
        （`perfreport templates vars` 列出全部变量）。问题指出文件、行和格以及出错的文字。
        ## 为何重要
        出错的格无法填入数据，附表无法生成。
        ## 示例
        在 `tables/basic-data.table.yaml` 的某一格中写 `text: "{{ basic_data.totl.actual }}"`（没有 totl，应为 total）。
        """);

    /// <summary>PR9901: a fault inside the tool.</summary>
    public static DiagnosticDescriptor InternalError { get; } = Error("PR9901", "内部错误", "内部错误（{0}）：{1}；这是工具的缺陷，不是您的数据有误，请把此文件和这条信息反馈给开发者", RuleCategory.Output, """
        ## 检查内容
        工具内部出现了意外错误。出错的那一项检查被跳过，其余检查照常进行。
        ## 为何重要
        出错的检查没有完成，报告中相应的问题可能没有被发现。
        ## 示例
        无：这一条只在工具有缺陷时出现。
        """);

    /// <summary>Every descriptor declared here, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        YamlSyntax, TabIndentation, DuplicateKey, FileTooLarge, NestingTooDeep, AliasNotSupported, MultipleDocuments,
        NotUtf8, ComplexKey, TooManyNodes,
        MissingField, WrongShape, UnknownField, NotANumber, NegativeAmount, BadPercent, TooManyDecimals, NotAnInteger,
        InvalidChoice, UnsupportedVersion, OutOfRange, Overflow, MissingPart, MissingFigure, MissingIndicatorWeight,
        ControlCharacter, TooManyItems, SuppressionWithoutReason, SuppressionUnused,
        TemplateError, TemplateBudget, ReferenceStyleMissing, ReferenceUnreadable, ReferenceTooLarge, WordTemplateTag, WordTemplateStructure, WordTemplateUnreadable, ManifestProblem, TableTemplateProblem, TableTemplateText, InternalError,
    ];
}
