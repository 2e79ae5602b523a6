<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CapacityParser</name>
    <message>
        <source>not a compute figure (no FLOPS/OPS unit): kept as text</source>
        <translation>不是算力数值（无 FLOPS/OPS 单位）：按原文保留</translation>
    </message>
</context>
<context>
    <name>ChartCatalog</name>
    <message>
        <source>Index and industry weekly returns (%)</source>
        <translation>指数与行业周涨跌幅（%）</translation>
    </message>
    <message>
        <source>Industry ranking of the week (%)</source>
        <translation>本周行业排名（%）</translation>
    </message>
    <message>
        <source>Compute chain and cloud: weekly moves (%)</source>
        <translation>算力链与云计算个股周涨跌幅（%）</translation>
    </message>
    <message>
        <source>Industry index</source>
        <translation>行业指数走势</translation>
    </message>
    <message>
        <source>Industry PE history with percentile bands</source>
        <translation>行业历史市盈率与分位线</translation>
    </message>
    <message>
        <source>Intelligent-computing centres in China (PFLOPS)</source>
        <translation>国内智算中心分布（PFLOPS）</translation>
    </message>
    <message>
        <source>AI chips: FP16 compute against power</source>
        <translation>AI 芯片：FP16 算力与功耗</translation>
    </message>
    <message>
        <source>AI model releases and events</source>
        <translation>AI 模型发布与事件</translation>
    </message>
    <message>
        <source>Chinese capability (AlignBench) against API price</source>
        <translation>中文能力（AlignBench）与 API 价格</translation>
    </message>
    <message>
        <source>Selected benchmark scores</source>
        <translation>所选模型的评测得分</translation>
    </message>
    <message>
        <source>Weekly visits of AI products (10k)</source>
        <translation>AI 产品周访问量（万次）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Index and industry returns (%)</source>
        <translation>指数与行业涨跌幅（%）</translation>
    </message>
    <message>
        <source>Industry ranking (%)</source>
        <translation>行业涨跌幅排名（%）</translation>
    </message>
    <message>
        <source>Compute chain and cloud: moves (%)</source>
        <translation>算力链与云计算个股涨跌幅（%）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>title, period</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <comment>title, date</comment>
        <translation>%1，截至 %2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Source: ZhiSuan Board</source>
        <translation>来源：智算看板</translation>
    </message>
    <message>
        <source>Source: %1, ZhiSuan Board</source>
        <translation>来源：%1，智算看板</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>expected a .png, .svg or .pdf file name, found “%1”</source>
        <translation>应为 .png、.svg 或 .pdf 文件名，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 draws no chart to export</source>
        <translation>%1 没有可导出的图表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The store to use.</source>
        <translation>要使用的数据库。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation>（试运行：未写入）</translation>
    </message>
    <message>
        <source> (batch %1)</source>
        <translation>（批次 %1）</translation>
    </message>
    <message>
        <source> (nothing changed)</source>
        <translation>（无变化）</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was imported</source>
        <translation>%1：已取消，未导入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected, nothing was imported (%n error(s))</source>
        <translation>
            <numerusform>%1：已拒绝，未导入任何数据（%n 个错误）</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the store with the starter dataset, or bring an existing one up to date.</source>
        <translation>创建含初始数据集的数据库，或将已有数据库更新到最新。</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2)</source>
        <translation>已创建 %1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Opened %1 (schema version %2)</source>
        <translation>已打开 %1（结构版本 %2）</translation>
    </message>
    <message>
        <source>The store holds: %1</source>
        <translation>数据库现有：%1</translation>
    </message>
    <message>
        <source>The kind of data (default: chosen from the header row).</source>
        <translation>数据类型（默认：根据表头判断）。</translation>
    </message>
    <message>
        <source>A saved column mapping.</source>
        <translation>已保存的列映射。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detected), e.g. GB18030 or UTF-8.</source>
        <translation>文件编码（默认自动检测），如 GB18030 或 UTF-8。</translation>
    </message>
    <message>
        <source>Any date in the week a weekly file covers, if the file does not say.</source>
        <translation>文件未注明时，周度文件所属周内的任一日期。</translation>
    </message>
    <message>
        <source>The date of a snapshot file, if the file does not say.</source>
        <translation>文件未注明时，快照数据的日期。</translation>
    </message>
    <message>
        <source>Check the files and report, without writing anything.</source>
        <translation>只检查文件并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>List the kinds of data that can be imported.</source>
        <translation>列出可导入的数据类型。</translation>
    </message>
    <message>
        <source>zhisuan import: expected at least one FILE, found none</source>
        <translation>zhisuan import：至少需要一个文件，实际没有</translation>
    </message>
    <message>
        <source>--%1: expected a date such as 2024-08-16, found “%2”</source>
        <translation>--%1：应为日期，如 2024-08-16，实际为“%2”</translation>
    </message>
    <message>
        <source>Print a CSV file&apos;s records as parsed (RFC 4180), to diagnose a file.</source>
        <translation>按解析结果（RFC 4180）输出 CSV 文件的记录，用于诊断文件。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects keyed by the header row.</source>
        <translation>输出以表头为键的 JSON 对象数组。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detected).</source>
        <translation>文件编码（默认自动检测）。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>zhisuan csv: expected one FILE, found %1</source>
        <translation>zhisuan csv：需要一个文件，实际为 %1 个</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: %2 records after the header; %3 columns; encoding %4; delimiter “%5”</source>
        <translation>%1：表头后共 %2 条记录；%3 列；编码 %4；分隔符“%5”</translation>
    </message>
    <message>
        <source>List import batches, newest first.</source>
        <translation>列出导入批次（最新在前）。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>rolled back %1</source>
        <translation>已于 %1 回滚</translation>
    </message>
    <message>
        <source>Undo an import batch: delete the rows it added, restore the rows it changed.</source>
        <translation>撤销一个导入批次：删除其新增的行，恢复其修改的行。</translation>
    </message>
    <message>
        <source>The batch number (see zhisuan batches).</source>
        <translation>批次编号（见 zhisuan batches）。</translation>
    </message>
    <message>
        <source>zhisuan rollback: expected one batch number, found “%1”</source>
        <translation>zhisuan rollback：需要一个批次编号，实际为“%1”</translation>
    </message>
    <message>
        <source>Rolled back batch %1.</source>
        <translation>已回滚批次 %1。</translation>
    </message>
    <message>
        <source>ZhiSuan Board</source>
        <translation>智算看板</translation>
    </message>
    <message>
        <source>zhisuan: unknown command “%1”; expected one of %2</source>
        <translation>zhisuan：未知命令“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>With --list-kinds: every field and the headers it accepts, as Markdown.</source>
        <translation>与 --list-kinds 一起使用：以 Markdown 列出每个字段及其可接受的表头。</translation>
    </message>
    <message>
        <source>Open the import wizard for this CSV or Excel file.</source>
        <translation>为该 CSV 或 Excel 文件打开导入向导。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>The tracked industry index (default 801750.SI, 计算机(申万)).</source>
        <translation>跟踪的行业指数（默认 801750.SI，计算机(申万)）。</translation>
    </message>
    <message>
        <source>Benchmark indices, comma-separated.</source>
        <translation>基准指数，以逗号分隔。</translation>
    </message>
    <message>
        <source>Lockups: expiries within this many days after the week (default 90).</source>
        <translation>限售股解禁：该周之后多少天内解禁（默认 90）。</translation>
    </message>
    <message>
        <source>zhisuan query: expected one VIEW (%1), found %2</source>
        <translation>zhisuan query：需要一个视图（%1），实际为 %2 个</translation>
    </message>
    <message>
        <source>--format: expected csv or json, found “%1”</source>
        <translation>--format：应为 csv 或 json，实际为“%1”</translation>
    </message>
    <message>
        <source>zhisuan query: the store has no weekly or daily market data yet</source>
        <translation>zhisuan query：数据库中尚无周度或日度行情数据</translation>
    </message>
    <message>
        <source>Show the market review of the week containing this date.</source>
        <translation>显示包含该日期的一周的市场回顾。</translation>
    </message>
    <message>
        <source>Print the data behind a view of the dashboards.

Views: %1</source>
        <translation>输出看板某一视图背后的数据。

视图：%1</translation>
    </message>
    <message>
        <source>Write a chart as PNG, SVG or PDF, rendered at the size asked for.</source>
        <translation>以指定尺寸将图表导出为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>List the chart ids.</source>
        <translation>列出图表编号。</translation>
    </message>
    <message>
        <source>Width×height, e.g. 1200x720.</source>
        <translation>宽×高，如 1200x720。</translation>
    </message>
    <message>
        <source>PNG pixel scale: 1, 2 or 3.</source>
        <translation>PNG 像素倍率：1、2 或 3。</translation>
    </message>
    <message>
        <source>PNG with a transparent background.</source>
        <translation>PNG 透明背景。</translation>
    </message>
    <message>
        <source>The file to write (.png, .svg or .pdf).</source>
        <translation>要写入的文件（.png、.svg 或 .pdf）。</translation>
    </message>
    <message>
        <source>The chart id.</source>
        <translation>图表编号。</translation>
    </message>
    <message>
        <source>zhisuan export: expected a chart id (zhisuan export --list) and -o FILE</source>
        <translation>zhisuan export：需要图表编号（见 zhisuan export --list）和 -o 文件</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT of at least 200x150, found “%1”</source>
        <translation>--size：应为不小于 200x150 的 宽x高，实际为“%1”</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Write the weekly brief of a week as a multi-page PDF.</source>
        <translation>将某一周的周报写成多页 PDF。</translation>
    </message>
    <message>
        <source>Any date in the week (default: the latest week with market data).</source>
        <translation>该周内任意日期（默认：有行情数据的最近一周）。</translation>
    </message>
    <message>
        <source>Comma-separated sections, in order (default: all): %1.</source>
        <translation>逗号分隔的章节，按此顺序（默认：全部）：%1。</translation>
    </message>
    <message>
        <source>--sections: expected some of %1, found “%2”</source>
        <translation>--sections：应为 %1 中的若干项，实际为“%2”</translation>
    </message>
    <message>
        <source>--week: expected a date such as 2024-08-16, found “%1”</source>
        <translation>--week：应为日期，如 2024-08-16，实际为“%1”</translation>
    </message>
    <message>
        <source>zhisuan report: the store has no market data; give the week with --week DATE</source>
        <translation>zhisuan report：数据库中没有行情数据；请用 --week 日期 指定周</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>A UTF-8 text file with your view of the week, printed on the first page.</source>
        <translation>UTF-8 文本文件，内容为您对本周的看法，印在首页。</translation>
    </message>
    <message>
        <source>--view: cannot read %1: %2</source>
        <translation>--view：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>CSV files to open in the import wizard.</source>
        <translation>在导入向导中打开的 CSV 文件。</translation>
    </message>
    <message>
        <source>Any date in the week (market charts; default: the latest week the chart has data for).</source>
        <translation>该周内任一日期（市场图表；默认：该图表有数据的最近一周）。</translation>
    </message>
    <message>
        <source>No data for %1 in the latest week (%2): using %3. Choose the week with --week DATE.</source>
        <translation>最近一周（%2）没有 %1 的数据：改用 %3。可用 --week 日期 指定周。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n row(s): %3 inserted, %4 updated, %5 unchanged</source>
        <translation>
            <numerusform>%1：%2 — %n 行：新增 %3，更新 %4，未变 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the store without the starter dataset (only your own imports).</source>
        <translation>创建不含初始数据集的数据库（只含您自己导入的数据）。</translation>
    </message>
    <message>
        <source>The store is empty: import your files with “zhisuan import”.</source>
        <translation>数据库为空：请用“zhisuan import”导入您的文件。</translation>
    </message>
    <message>
        <source>Do not import this column (its header as written); repeat for more.</source>
        <translation>不导入此列（按文件中的表头书写）；可重复指定多列。</translation>
    </message>
    <message>
        <source>Run “zhisuan check” to see everything that is wrong.</source>
        <translation>运行“zhisuan check”查看所有问题。</translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <source>%1: no problems found (schema version %2, integrity and foreign keys checked).</source>
        <translation>%1：未发现问题（结构版本 %2，已检查完整性与外键）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1：发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>“zhisuan init” re-creates what is missing (empty: rows that were in a dropped table are lost; restore a backup to get them back).</source>
        <translation>“zhisuan init”可重建缺失的部分（重建后为空：被删除的表中的数据已丢失，需从备份恢复）。</translation>
    </message>
    <message>
        <source>When another program is writing to the store, wait up to this many seconds for it (default 120; 0: do not wait).</source>
        <translation>其他程序正在写入数据库时，最多等待的秒数（默认 120；0 表示不等待）。</translation>
    </message>
    <message>
        <source>Waiting for the store (%1 s of at most %2 s; Ctrl+C stops)…</source>
        <translation>正在等待数据库（已等 %1 秒，最多 %2 秒；按 Ctrl+C 停止）…</translation>
    </message>
    <message>
        <source>The file to write: .pdf, or .odt for an editable copy.</source>
        <translation>要写入的文件：.pdf，或可编辑副本 .odt。</translation>
    </message>
    <message>
        <source>zhisuan report: expected -o FILE.pdf, or FILE.odt for an editable copy, found “%1”</source>
        <translation>zhisuan report：应为 -o 文件.pdf，或可编辑副本 文件.odt，实际为“%1”</translation>
    </message>
    <message>
        <source>On a PostgreSQL team store: also create the reader and editor roles and grant them.</source>
        <translation>在 PostgreSQL 团队数据库上：同时创建只读（reader）与编辑（editor）角色并授予权限。</translation>
    </message>
    <message>
        <source>Roles: %1 reads the store, %2 also imports and rolls back. Give one to each analyst&apos;s login, e.g. GRANT %1 TO bob;</source>
        <translation>角色：%1 可读取数据库，%2 还可导入和回滚。请为每位分析师的登录账号授予其中之一，例如 GRANT %1 TO bob;</translation>
    </message>
    <message>
        <source>Copy every row of a store into a new, empty store: a personal SQLite store to a team&apos;s PostgreSQL store (postgresql://user@host:port/database), or back. The rows of every table are counted on both sides afterwards.</source>
        <translation>把一个数据库的全部行复制到一个新的空数据库：个人 SQLite 数据库复制到团队的 PostgreSQL 数据库（postgresql://用户@主机:端口/数据库），或反向复制。复制后会在两边逐表核对行数。</translation>
    </message>
    <message>
        <source>The store to copy (not changed).</source>
        <translation>要复制的数据库（不会被修改）。</translation>
    </message>
    <message>
        <source>The new store to fill: a file that does not exist yet, or an empty database.</source>
        <translation>要填充的新数据库：尚不存在的文件，或一个空数据库。</translation>
    </message>
    <message>
        <source>zhisuan copy-store: name the store to copy and the new store, e.g. zhisuan copy-store ~/zhisuan.sqlite postgresql://me@dbhost/research</source>
        <translation>zhisuan copy-store：请给出要复制的数据库和新数据库，例如 zhisuan copy-store ~/zhisuan.sqlite postgresql://me@dbhost/research</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows, counted in both.</source>
        <translation>已将 %1 复制到 %2：共 %3 行，两边行数一致。</translation>
    </message>
    <message>
        <source>Check the store: every table, column, index, view, trigger and key the schema needs, and SQLite&apos;s integrity and foreign-key checks (a team store&apos;s server checks its own pages). Exit status 1 when anything is wrong.</source>
        <translation>检查数据库：结构所需的每张表、每列、索引、视图、触发器和键，以及 SQLite 的完整性检查和外键检查（团队库由服务器自行检查数据页）。有任何问题时退出状态为 1。</translation>
    </message>
    <message>
        <source>%1: no problems found (schema version %2; tables, columns, indexes, keys and constraints checked).</source>
        <translation>%1：未发现问题（结构版本 %2；已检查表、列、索引、键和约束）。</translation>
    </message>
    <message>
        <source>Usage: zhisuan [--db PATH] [COMMAND] [OPTIONS]

Without a command, opens the ZhiSuan Board dashboard.

Commands (run headless, no display needed):
  init                 create the store with the starter dataset (or bring it up to date)
  import FILE...       import CSV files exported from Wind/iFinD or written by hand
  csv FILE --json      print a CSV file&apos;s records as parsed, as JSON
  query VIEW           print the data behind a view (zhisuan query --help lists them)
  export CHART -o FILE write a chart as PNG, SVG or PDF (zhisuan export --list)
  report -o FILE.pdf   write the weekly brief of a week (--week DATE) as PDF (FILE.odt: an editable copy)
  batches              list import batches
  check                check the store for damage (exit status 1 when something is wrong)
  rollback BATCH       undo an import batch
  store-path           print the path of the store in use
  copy-store FROM TO   copy a store into a new, empty one (SQLite file or postgresql:// team store)

Options:
  --db PATH            the store to use (default: $ZHISUAN_DB, else %1);
                       a team store: postgresql://user@host:port/database?sslmode=verify-full
                       or any address libpq takes (&quot;service=team&quot;, &quot;host=... dbname=...&quot;)
  --lang zh_CN|en      the language of the interface and messages
  --page PAGE          open this dashboard: market, centres, models, chips, data
  --open FILE          open the import wizard for a CSV file (or name the file: zhisuan FILE.csv)
  -h, --help           show this help (zhisuan COMMAND --help for a command&apos;s options)
  -v, --version        show the version
</source>
        <translation>用法：zhisuan [--db 路径] [命令] [选项]

不带命令时打开智算看板。

命令（无界面运行，无需显示器）：
  init                 创建含初始数据集的数据库（或更新到最新）
  import 文件...       导入从 Wind/iFinD 导出或手工编写的 CSV 文件
  csv 文件 --json      以 JSON 输出 CSV 文件的解析结果
  query 视图           输出某一视图背后的数据（zhisuan query --help 列出视图）
  export 图表 -o 文件  将图表导出为 PNG、SVG 或 PDF（zhisuan export --list）
  report -o 文件.pdf   将某一周（--week 日期）的周报写成 PDF（文件.odt：可编辑副本）
  batches              列出导入批次
  check                检查数据库是否损坏（有问题时退出状态为 1）
  rollback 批次        撤销一个导入批次
  store-path           输出当前使用的数据库路径
  copy-store 源 目标   把数据库复制到一个新的空数据库（SQLite 文件或 postgresql:// 团队数据库）

选项：
  --db 路径            要使用的数据库（默认：$ZHISUAN_DB，否则为 %1）；
                       团队数据库：postgresql://用户@主机:端口/数据库?sslmode=verify-full
                       或 libpq 接受的任何地址（&quot;service=team&quot;、&quot;host=... dbname=...&quot;）
  --lang zh_CN|en      界面与消息的语言
  --page 页面          打开指定看板：market、centres、models、chips、data
  --open 文件          为 CSV 文件打开导入向导（也可直接给出文件：zhisuan 文件.csv）
  -h, --help           显示本帮助（zhisuan 命令 --help 查看命令选项）
  -v, --version        显示版本
</translation>
    </message>
    <message>
        <source>%1: values changed (fields the file does not have were kept):</source>
        <translation>%1：以下数值已变更（文件中没有的字段保留原值）：</translation>
    </message>
    <message>
        <source>batch	file	kind	imported	rows	inserted	updated	unchanged	state	imported by</source>
        <translation>批次	文件	类型	导入时间	行数	新增	更新	未变	状态	导入人</translation>
    </message>
    <message>
        <source>The dashboard to open: %1.</source>
        <translation>要打开的看板：%1。</translation>
    </message>
    <message>
        <source>--page: expected one of %1, found “%2”; opening the first</source>
        <translation>--page：应为 %1 之一，实际为“%2”；将打开第一个看板</translation>
    </message>
    <message>
        <source>Import CSV or Excel files. Each file commits whole or not at all.</source>
        <translation>导入 CSV 或 Excel 文件。每个文件要么整体提交，要么完全不写入。</translation>
    </message>
    <message>
        <source>A workbook&apos;s sheet (.xlsx, .xls), by name or number from 1 (default: the only sheet with a header ZhiSuan knows).</source>
        <translation>工作簿中要导入的工作表（.xlsx、.xls），按名称或从 1 起的序号（默认：唯一一个表头可识别的工作表）。</translation>
    </message>
    <message>
        <source>CSV or Excel (.xlsx, .xls) files to import.</source>
        <translation>要导入的 CSV 或 Excel（.xlsx、.xls）文件。</translation>
    </message>
    <message>
        <source>The week of %1 to %2: the latest with market data (choose another with --week DATE).</source>
        <translation>%1 至 %2 当周：最近一个有行情数据的周（可用 --week 日期 指定其他周）。</translation>
    </message>
    <message>
        <source>zhisuan export: the chart %1 has nothing to draw for this store and week</source>
        <translation>zhisuan export：图表 %1 在当前数据库和周次下没有可绘制的内容</translation>
    </message>
    <message>
        <source>%1: another program is writing to the store; waiting for it to finish.</source>
        <translation>%1：另一个程序正在写入数据库，等待其完成。</translation>
    </message>
    <message>
        <source>%1: %2 is writing to the store; waiting for it to finish.</source>
        <translation>%1：%2 正在写入数据库，等待其完成。</translation>
    </message>
    <message>
        <source>%1: the store has no benchmark score for “%2”; it has: %3</source>
        <translation>%1：数据库中没有“%2”的评测得分；现有：%3</translation>
    </message>
    <message>
        <source>models-compare: the models to compare, comma-separated, as the benchmark table names them.</source>
        <translation>models-compare：要比较的模型，以逗号分隔，名称与评测得分表中一致。</translation>
    </message>
    <message>
        <source>models-compare: the benchmarks to compare them on, comma-separated (MMLU,MT-Bench).</source>
        <translation>models-compare：用于比较的评测基准，以逗号分隔（如 MMLU,MT-Bench）。</translation>
    </message>
    <message>
        <source>zhisuan export: the chart %1 compares chosen models on chosen benchmarks: name them with --models and --benchmarks (zhisuan query benchmarks lists the scores)</source>
        <translation>zhisuan export：图表 %1 比较所选模型在所选评测基准上的得分：请用 --models 和 --benchmarks 指定（zhisuan query benchmarks 列出全部得分）</translation>
    </message>
    <message>
        <source>Any date in the week (default: the latest week the view has data for).</source>
        <translation>该周内任一日期（默认：该视图有数据的最近一周）。</translation>
    </message>
</context>
<context>
    <name>ComputeAnalytics</name>
    <message>
        <source>unknown view “%1”; expected one of %2</source>
        <translation>未知视图“%1”；应为以下之一：%2</translation>
    </message>
</context>
<context>
    <name>ContextReader</name>
    <message>
        <source>expected one %1 for the whole file, found two: %2 says %3, but %4 says %5 (correct the file, or leave out --week/--as-of)</source>
        <translation>整个文件应只有一个%1，实际有两个：%2 为 %3，而 %4 为 %5（请更正文件，或去掉 --week/--as-of）</translation>
    </message>
    <message>
        <source>the line “%1”</source>
        <translation>行“%1”</translation>
    </message>
    <message>
        <source>the header “%1”</source>
        <translation>表头“%1”</translation>
    </message>
    <message>
        <source>--week %1</source>
        <translation>--week %1</translation>
    </message>
    <message>
        <source>--as-of %1</source>
        <translation>--as-of %1</translation>
    </message>
    <message>
        <source>period</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>区间截止日</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>expected a closing quote (&quot;) for the field opened here, found the end of the file</source>
        <translation>此处开始的字段应以引号（&quot;）结束，但文件已结束</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after a closing quote, found “%1”</source>
        <translation>引号结束后应为分隔符或行尾，实际为“%1”</translation>
    </message>
    <message numerus="yes">
        <source>expected a closing quote (&quot;) for the field opened here, found none in the next %n MiB (is a quote missing?)</source>
        <translation>
            <numerusform>此处开始的字段应以引号（&quot;）结束，但其后 %n MiB 内都没有找到（是否漏了一个引号？）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected the end of this line within %n MiB, found none (is this a CSV file?)</source>
        <translation>
            <numerusform>此行应在 %n MiB 内结束，但没有找到行尾（这是 CSV 文件吗？）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>expected a unit for %1 (%2), found “%3”</source>
        <translation>应为表示%1的单位（%2），实际为“%3”</translation>
    </message>
    <message>
        <source>expected a unit for %1 (%2), found “%3”, a unit ZhiSuan does not know: export the column in one of those units, or mark it not to import</source>
        <translation>应为表示%1的单位（%2），实际为“%3”，智算看板不认识该单位：请以上述单位之一导出该列，或将该列设为不导入</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>week_start</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>week_end</source>
        <translation>周截止日</translation>
    </message>
    <message>
        <source>as_of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>trade_date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <source>return_pct</source>
        <translation>涨跌幅(%)</translation>
    </message>
    <message>
        <source>close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <source>code</source>
        <translation>证券代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>expiry_date</source>
        <translation>解禁日期</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>pe_ttm</source>
        <translation>市盈率(TTM)</translation>
    </message>
    <message>
        <source>pb</source>
        <translation>市净率</translation>
    </message>
    <message>
        <source>market_cap_cny</source>
        <translation>总市值(元)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>股价</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>expected %1 fields as in the header (line %2), found %3</source>
        <translation>应与表头（第 %2 行）一样有 %1 个字段，实际为 %3 个</translation>
    </message>
    <message>
        <source>expected one of %1, found “%2”</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>expected a value, found an empty cell</source>
        <translation>应有值，实际为空单元格</translation>
    </message>
    <message>
        <source>expected a value for “%1”, found none (no column and no default)</source>
        <translation>“%1”应有值，实际没有（既无此列也无默认值）</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n title line(s) before the header on line %1</source>
        <translation>
            <numerusform>跳过表头（第 %1 行）之前的 %n 行标题</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1” is not imported</source>
        <translation>列“%1”未导入</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>expected data rows after the header, found none</source>
        <translation>表头后应有数据行，实际没有</translation>
    </message>
    <message>
        <source>Cannot read the presets</source>
        <translation>无法读取预设</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>未知数据类型“%1”</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>无法保存预设</translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation>无法删除预设</translation>
    </message>
    <message>
        <source>Cannot read the import batches</source>
        <translation>无法读取导入批次</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>不存在导入批次 %1。</translation>
    </message>
    <message>
        <source>Batch %1 was rolled back already.</source>
        <translation>批次 %1 已回滚。</translation>
    </message>
    <message>
        <source>Batch %1 cannot be rolled back: batch %2 changed rows it wrote. Roll back batch %2 first.</source>
        <translation>无法回滚批次 %1：批次 %2 修改了它写入的行。请先回滚批次 %2。</translation>
    </message>
    <message>
        <source>Cannot read the undo log</source>
        <translation>无法读取撤销日志</translation>
    </message>
    <message>
        <source>Corrupt undo log entry for table “%1”.</source>
        <translation>撤销日志中表“%1”的条目已损坏。</translation>
    </message>
    <message>
        <source>Corrupt undo log entry for column “%1”.</source>
        <translation>撤销日志中列“%1”的条目已损坏。</translation>
    </message>
    <message>
        <source>Batch %1 cannot be rolled back: rows it added to %2 are used by rows of other batches (%3).</source>
        <translation>无法回滚批次 %1：它在 %2 中新增的行正被其他批次的行引用（%3）。</translation>
    </message>
    <message>
        <source>required fields without a column: %1</source>
        <translation>以下必填字段没有对应列：%1</translation>
    </message>
    <message>
        <source>there is no preset named “%1”</source>
        <translation>没有名为“%1”的预设</translation>
    </message>
    <message>
        <source>expected a header row naming the columns of a known kind, e.g. %1; found none in the first 60 lines (choose a kind or a preset)</source>
        <translation>应有一行表头，列名对应某种已知数据类型，如 %1；前 60 行中未找到（请选择数据类型或预设）</translation>
    </message>
    <message>
        <source>expected a number ≥ 0, found “%1”</source>
        <translation>应为不小于 0 的数值，实际为“%1”</translation>
    </message>
    <message>
        <source>the date chosen for this import</source>
        <translation>本次导入所选的日期</translation>
    </message>
    <message>
        <source>column “%1” is not imported (as you chose)</source>
        <translation>列“%1”不导入（按您的选择）</translation>
    </message>
    <message>
        <source>column “%1” holds a measure that “%2” does not store: map it to a field or mark it not to import</source>
        <translation>列“%1”是“%2”不存储的数值指标：请将其映射到字段，或标记为不导入</translation>
    </message>
    <message>
        <source>there is no file at this path</source>
        <translation>此路径下没有文件</translation>
    </message>
    <message>
        <source>expected a file, found a folder</source>
        <translation>应为文件，实际为文件夹</translation>
    </message>
    <message>
        <source>expected a regular file, found a pipe, socket or device (save the export to a file and import that)</source>
        <translation>应为普通文件，实际为管道、套接字或设备（请先将导出内容保存为文件再导入）</translation>
    </message>
    <message>
        <source>expected at most %1 GB, found a file of %2 GB (split it)</source>
        <translation>文件最大 %1 GB，实际为 %2 GB（请拆分）</translation>
    </message>
    <message>
        <source>column “%1” holds a measure that “%2” does not store; map it to a field or mark it not to import (import wizard), or pass --ignore-column &quot;%1&quot;</source>
        <translation>列“%1”是“%2”不存储的数值指标；请在导入向导中将其映射到字段或标记为不导入，或使用 --ignore-column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a CSV file, found a database that is in use (a ZhiSuan store or another SQLite file): it was not opened</source>
        <translation>应为 CSV 文件，实际是正在使用的数据库（智算看板数据库或其他 SQLite 文件）：未打开该文件</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rolling back an import</source>
        <translation>回滚导入批次</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>另一位分析师</translation>
    </message>
    <message>
        <source>since %1 UTC</source>
        <translation>自 %1（UTC）起</translation>
    </message>
    <message numerus="yes">
        <source>The team store is busy: %1 is writing to it and has not finished after %n second(s). Nothing was written; try again when they have finished.</source>
        <translation>
            <numerusform>团队数据库正忙：%1 正在写入，%n 秒后仍未完成。未写入任何内容；请在对方完成后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) for %1 to finish writing to the team store.</source>
        <translation>
            <numerusform>已等待 %n 秒，直到 %1 完成对团队数据库的写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>无法记录本次导入</translation>
    </message>
    <message>
        <source>rolling back batch %1</source>
        <translation>正在回滚批次 %1</translation>
    </message>
    <message>
        <source>Cannot roll back the import</source>
        <translation>无法回滚本次导入</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s securities</source>
        <translation>无法读取数据库中的证券</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>…… 另有 %n 处变更</numerusform>
        </translation>
    </message>
    <message>
        <source>expected the date of this table, found none: it is a “%1” table (%2), and nothing in the file says which day it is of. Give it with --as-of DATE (or --week DATE), or add a date column or a title line such as “数据截至 2024 年 8 月 16 日”</source>
        <translation>应有本表的日期，但未找到：这是“%1”表（%2），文件中没有任何地方说明是哪一天的数据。请用 --as-of 日期（或 --week 日期）指定，或加一列日期，或加一行标题，如“数据截至 2024 年 8 月 16 日”</translation>
    </message>
    <message>
        <source>expected the title&apos;s security code to be one ZhiSuan knows, found “%1” (%2)</source>
        <translation>标题中的证券代码应为智算看板认识的代码，实际为“%1”（%2）</translation>
    </message>
    <message>
        <source>expected a trading week for the weekly figure “%1”, found the period %2 (from %3): %4</source>
        <translation>周度指标“%1”应对应一个交易周，实际区间为 %2（来自 %3）：%4</translation>
    </message>
    <message>
        <source>expected a trading week, found the period %1 (from %2): %3</source>
        <translation>应为一个交易周，实际区间为 %1（来自 %2）：%3</translation>
    </message>
    <message>
        <source>the period %1 (from %2) is not a trading week: %3; the returns are stored as returns over that period, which the weekly views do not show</source>
        <translation>区间 %1（来自 %2）不是一个交易周：%3；涨跌幅按该区间的区间涨跌幅保存，周度视图不显示</translation>
    </message>
    <message>
        <source>every row is of the trading week of %1 (%2, from %3)</source>
        <translation>所有行均属于 %1 所在的交易周（%2，来自 %3）</translation>
    </message>
    <message>
        <source>every row covers %1 (from %2)</source>
        <translation>所有行均覆盖 %1（来自 %2）</translation>
    </message>
    <message>
        <source>the title line</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>%1 = %2 for every row (from %3)</source>
        <translation>所有行 %1 = %2（来自 %3）</translation>
    </message>
    <message>
        <source>expected prices in the currency %1 is quoted in (%2), found a column in %3: export it in 原始币种</source>
        <translation>价格应以 %1 的报价币种（%2）计，实际该列以 %3 计：请以“原始币种”导出</translation>
    </message>
    <message>
        <source>expected “%1” for %2 (its code family), found “%3”</source>
        <translation>按代码类别，%2 应为“%1”，实际为“%3”</translation>
    </message>
    <message>
        <source>expected the period the file states (%1, from %2), found %3</source>
        <translation>应为文件所述区间（%1，来自 %2），实际为 %3</translation>
    </message>
    <message>
        <source>expected a trading week for the weekly figure “%1”, found %2: %3</source>
        <translation>周度指标“%1”应对应一个交易周，实际为 %2：%3</translation>
    </message>
    <message>
        <source>expected a trading week, found %1: %2</source>
        <translation>应为一个交易周，实际为 %1：%2</translation>
    </message>
    <message>
        <source>Imported, but the team store could not be analysed for the planner: %1</source>
        <translation>已导入，但无法为查询规划器分析团队数据库：%1</translation>
    </message>
    <message>
        <source>there is no file to read</source>
        <translation>没有可读取的文件</translation>
    </message>
    <message>
        <source>expected a sheet of the workbook, found no sheet “%1”; its sheets are %2</source>
        <translation>应为工作簿中的工作表，但没有名为“%1”的工作表；工作表有：%2</translation>
    </message>
    <message>
        <source>expected a sheet whose header names the columns of a known kind, found none in the workbook&apos;s sheets %1 (choose a kind or a preset, and a sheet with --sheet)</source>
        <translation>应有表头可识别的工作表，但工作簿的工作表 %1 中没有（请选择数据类型或预设，并用 --sheet 指定工作表）</translation>
    </message>
    <message numerus="yes">
        <source>expected one sheet to import, found %n sheet(s) with a header ZhiSuan knows: %1; choose one with --sheet NAME or its number (or in the import wizard)</source>
        <translation>
            <numerusform>应只有一个要导入的工作表，但有 %n 个工作表的表头可识别：%1；请用 --sheet 名称或序号（或在导入向导中）选择一个</numerusform>
        </translation>
    </message>
    <message>
        <source>the headers are %1&apos;s: every row&apos;s source is “%2”</source>
        <translation>表头为 %1 的导出格式：每行的来源记为“%2”</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Compute centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>AI chips</source>
        <translation>AI 芯片</translation>
    </message>
    <message>
        <source>Policy thresholds</source>
        <translation>政策门槛</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 模型</translation>
    </message>
    <message>
        <source>Model releases</source>
        <translation>模型发布</translation>
    </message>
    <message>
        <source>Benchmark scores</source>
        <translation>评测得分</translation>
    </message>
    <message>
        <source>Benchmark table (models × benchmarks)</source>
        <translation>评测表（模型 × 评测）</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Weekly website visits</source>
        <translation>网站周访问量</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Monthly app downloads</source>
        <translation>应用月下载量</translation>
    </message>
    <message>
        <source>Securities and indices</source>
        <translation>证券与指数</translation>
    </message>
    <message>
        <source>Daily quotes</source>
        <translation>日行情</translation>
    </message>
    <message>
        <source>Weekly returns</source>
        <translation>周涨跌幅</translation>
    </message>
    <message>
        <source>Key stocks (EPS/PE/PB)</source>
        <translation>重点个股（EPS/PE/PB）</translation>
    </message>
    <message>
        <source>Lockup expiries</source>
        <translation>限售股解禁</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>expected the high to be at least the low (%1), found %2</source>
        <translation>最高价应不低于最低价（%1），实际为 %2</translation>
    </message>
    <message>
        <source>expected an end date on or after the start (%1), found %2</source>
        <translation>截止日期应不早于起始日期（%1），实际为 %2</translation>
    </message>
    <message>
        <source>Reported figures (excess returns, industry rank)</source>
        <translation>报告数据（超额收益、行业排名）</translation>
    </message>
    <message>
        <source>expected the reason for the inference, found an empty cell</source>
        <translation>应填写推断依据，实际为空</translation>
    </message>
    <message>
        <source>names inferred fields, but the row&apos;s confidence is “%1”, not inferred</source>
        <translation>填写了推断字段，但该行可信度为“%1”，不是推断</translation>
    </message>
    <message>
        <source>expected field names of this kind (%1), found “%2”</source>
        <translation>应为此类数据的字段名（%1），实际为“%2”</translation>
    </message>
    <message>
        <source>expected one basis per year, found %1 both as actual (A) and as an estimate (E)</source>
        <translation>每年应只有一种口径，实际 %1 年既有实际值（A）又有预测值（E）</translation>
    </message>
    <message>
        <source>expected the table&apos;s date to end a trading week for its 周涨跌幅, found %1: %2</source>
        <translation>表中有周涨跌幅，其日期应为一个交易周的最后一个交易日，实际为 %1：%2</translation>
    </message>
</context>
<context>
    <name>LocalNames</name>
    <message>
        <source>chip ecosystem inferred from the partner or tenant</source>
        <translation>芯片生态按合作方推断</translation>
    </message>
    <message>
        <source>domain %1 is not in the report: added by the analyst</source>
        <translation>域名 %1 非报告所载，为分析师补充</translation>
    </message>
    <message>
        <source>code %1 is not in the report: added by the analyst from the exchange&apos;s public listing</source>
        <translation>证券代码 %1 非报告所载，为分析师按交易所公开信息补充</translation>
    </message>
    <message>
        <source>code %1 from %2</source>
        <translation>证券代码 %1 见 %2</translation>
    </message>
    <message>
        <source>Phase 1 build-out</source>
        <translation>一期建设</translation>
    </message>
    <message>
        <source>Phase 1 plan</source>
        <translation>一期规划</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>一期</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>二期</translation>
    </message>
    <message>
        <source>Phase 3</source>
        <translation>三期</translation>
    </message>
    <message>
        <source>training system</source>
        <translation>训练系统</translation>
    </message>
    <message>
        <source>inference system</source>
        <translation>推理系统</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>near term</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>远期</translation>
    </message>
    <message>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>later phase</source>
        <translation>后期</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>when complete</source>
        <translation>完全建成</translation>
    </message>
    <message>
        <source>when built</source>
        <translation>建成后</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1年达</translation>
    </message>
</context>
<context>
    <name>MarketAnalytics</name>
    <message>
        <source>Cannot run a market query</source>
        <translation>无法执行行情查询</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected one of %2</source>
        <translation>未知视图“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>Cannot read the market data</source>
        <translation>无法读取行情数据</translation>
    </message>
</context>
<context>
    <name>ModelAnalytics</name>
    <message>
        <source>unknown view “%1”; expected one of %2</source>
        <translation>未知视图“%1”；应为以下之一：%2</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>SSE Composite</source>
        <translation>上证综指</translation>
    </message>
    <message>
        <source>SZSE Component</source>
        <translation>深证成指</translation>
    </message>
    <message>
        <source>ChiNext</source>
        <translation>创业板指</translation>
    </message>
    <message>
        <source>CSI 300</source>
        <translation>沪深300</translation>
    </message>
    <message>
        <source>SZSE SME</source>
        <translation>中小板指</translation>
    </message>
    <message>
        <source>STAR 50</source>
        <translation>科创50</translation>
    </message>
    <message>
        <source>Computers (SW)</source>
        <translation>计算机(申万)</translation>
    </message>
    <message>
        <source>Computers (CITIC)</source>
        <translation>计算机(中信)</translation>
    </message>
    <message>
        <source>AI share of revenue</source>
        <translation>AI 收入占比</translation>
    </message>
    <message>
        <source>AI-generated share of results</source>
        <translation>AI 生成结果占比</translation>
    </message>
    <message>
        <source>Half-year revenue</source>
        <translation>半年营收</translation>
    </message>
    <message>
        <source>Share of China&apos;s AI compute centres</source>
        <translation>国内智算中心市场份额</translation>
    </message>
    <message>
        <source>Registered large models online</source>
        <translation>备案上线大模型数</translation>
    </message>
    <message>
        <source>Model platform market share</source>
        <translation>大模型平台市场份额</translation>
    </message>
    <message>
        <source>New investment in large models</source>
        <translation>大模型新增投入</translation>
    </message>
    <message>
        <source>Quarterly revenue</source>
        <translation>季度营收</translation>
    </message>
    <message>
        <source>Android downloads to date</source>
        <translation>安卓累计下载量</translation>
    </message>
    <message>
        <source>Addressable market</source>
        <translation>市场空间</translation>
    </message>
    <message>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <source>Advertising revenue</source>
        <translation>广告营收</translation>
    </message>
    <message>
        <source>H100s needed</source>
        <translation>所需 H100 数量</translation>
    </message>
    <message>
        <source>Daily distributions</source>
        <translation>日均分发量</translation>
    </message>
    <message>
        <source>Tokens processed a day</source>
        <translation>日均处理 Tokens</translation>
    </message>
    <message>
        <source>Daily calls</source>
        <translation>日均调用量</translation>
    </message>
    <message>
        <source>Enterprise customers served</source>
        <translation>服务企业客户数</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>每秒输出 token</translation>
    </message>
    <message>
        <source>Registered users</source>
        <translation>注册用户数</translation>
    </message>
    <message>
        <source>AI users to date</source>
        <translation>累计 AI 用户数</translation>
    </message>
    <message>
        <source>the server-GPU efficiency “front-runner” level</source>
        <translation>服务器GPU能效“领跑者”</translation>
    </message>
    <message>
        <source>Domestic compute chain</source>
        <translation>国产算力链</translation>
    </message>
    <message>
        <source>Cloud computing</source>
        <translation>云计算</translation>
    </message>
</context>
<context>
    <name>NumberReader</name>
    <message>
        <source>digits grouped by commas in threes (1,234.5)</source>
        <translation>以逗号每三位分组的数字（1,234.5）</translation>
    </message>
</context>
<context>
    <name>PasswordKeyring</name>
    <message>
        <source>The password could not be kept in the keyring: %1. It is used until the program closes; to keep one, put it in ~/.pgpass.</source>
        <translation>无法将密码保存到密钥环：%1。该密码只用到程序关闭；如需长期保存，请写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The password kept in the keyring could not be removed: %1.</source>
        <translation>无法删除密钥环中保存的密码：%1。</translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <source>the connection to the team store was lost: nothing was imported; try again when the server is back</source>
        <translation>与团队数据库的连接已断开：未导入任何内容；请在服务器恢复后重试</translation>
    </message>
</context>
<context>
    <name>PlaceResolver</name>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 属于 %2</translation>
    </message>
    <message>
        <source>the source says %1, %2 is in %3</source>
        <translation>来源写作 %1，%2 实属 %3</translation>
    </message>
</context>
<context>
    <name>QueryTable</name>
    <message>
        <source>Cannot read the data</source>
        <translation>无法读取数据</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Source: ZhiSuan Board</source>
        <translation>来源：智算看板</translation>
    </message>
    <message>
        <source>Source: %1, ZhiSuan Board</source>
        <translation>来源：%1，智算看板</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>表 %1：%2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>图 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <source>Cannot write the document</source>
        <translation>无法写入文档</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <source>Cannot read the schema version</source>
        <translation>无法读取数据库结构版本</translation>
    </message>
    <message>
        <source>The file is not a ZhiSuan store (not SQLite): %1</source>
        <translation>该文件不是智算看板数据库（不是 SQLite）：%1</translation>
    </message>
    <message>
        <source>The store was written by a newer version (schema %1, known up to %2).</source>
        <translation>该数据库由更新版本写入（结构版本 %1，本版本最高支持 %2）。</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade</source>
        <translation>无法开始升级数据库结构</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed</source>
        <translation>数据库结构迁移 %1（%2）失败</translation>
    </message>
    <message>
        <source>Cannot finish the schema upgrade</source>
        <translation>无法完成数据库结构升级</translation>
    </message>
    <message>
        <source>The database is not a ZhiSuan store: its schema already holds %1 tables of another program and no schema_version. It was not changed.</source>
        <translation>该数据库不是智算看板数据库：其模式中已有其他程序的 %1 张表，且没有 schema_version。未做任何修改。</translation>
    </message>
</context>
<context>
    <name>SecurityCodes</name>
    <message>
        <source>six digits before .%1</source>
        <translation>.%1 前为六位数字</translation>
    </message>
    <message>
        <source>a stock, index or industry code (funds and ETFs such as %1.%2 are not kept)</source>
        <translation>股票、指数或行业代码（不收录基金和 ETF，如 %1.%2）</translation>
    </message>
    <message>
        <source>a code the %1 exchange lists</source>
        <translation>%1 交易所上市的代码</translation>
    </message>
    <message>
        <source>a Hong Kong code of up to five digits (0700.HK)</source>
        <translation>不超过五位数字的港股代码（0700.HK）</translation>
    </message>
    <message>
        <source>a 申万 industry code such as 801750.SI</source>
        <translation>申万行业代码，如 801750.SI</translation>
    </message>
    <message>
        <source>a known exchange or index suffix (.SH .SZ .BJ .HK .O .N .A .SI .WI .CSI .CNI .HI .GI)</source>
        <translation>已知的交易所或指数后缀（.SH .SZ .BJ .HK .O .N .A .SI .WI .CSI .CNI .HI .GI）</translation>
    </message>
    <message>
        <source>a code with its exchange: %1 is both a Shenzhen stock (%1.SZ) and a Shanghai index (%1.SH), and the name “%2” is not one the store knows for either</source>
        <translation>带交易所后缀的代码：%1 既是深市股票（%1.SZ）又是上证指数（%1.SH），而名称“%2”不是数据库中两者任一的名称</translation>
    </message>
    <message>
        <source>six digits or an exchange suffix: %1 looks like a code whose leading zeros a spreadsheet dropped (format the column as text, or write the whole code, such as %2.SZ)</source>
        <translation>六位数字或交易所后缀：%1 像是被电子表格去掉了前导零的代码（请将该列设为文本格式，或写出完整代码，如 %2.SZ）</translation>
    </message>
    <message>
        <source>a code with its exchange suffix (%1.SH, %1.O …): ZhiSuan never guesses the exchange</source>
        <translation>带交易所后缀的代码（%1.SH、%1.O ……）：智算看板从不猜测交易所</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>the address contains a NUL character</source>
        <translation>地址中含有 NUL 字符</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address libpq can read: %2.</source>
        <translation>“%1”不是 libpq 能读懂的 PostgreSQL 地址：%2。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not one libpq can read: %1.</source>
        <translation>libpq 无法读懂该 PostgreSQL 地址：%1。</translation>
    </message>
    <message>
        <source>The option %1 of the address %2 contains “;”: Qt&apos;s PostgreSQL driver turns every “;” of the options it passes to libpq into a space, so it cannot be used as written. Nothing was opened. Use a value without “;” (for a file, rename it or link it from another path).</source>
        <translation>地址 %2 的选项 %1 含有“;”：Qt 的 PostgreSQL 驱动会把传给 libpq 的选项中的每个“;”换成空格，因此无法按原样使用。未打开任何数据库。请使用不含“;”的值（若是文件，请重命名，或从另一路径链接到它）。</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>Cannot read where the data came from</source>
        <translation>无法读取数据来源</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between primary sources</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>primary sources, then the reports citing them</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>StarterDataset</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>There is no store at %1. Run “zhisuan init” to create one.</source>
        <translation>%1 处没有数据库。请运行“zhisuan init”创建。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of ZhiSuan Board (schema version %2; this version knows up to %3). It was not opened and nothing in it was changed: update ZhiSuan Board.</source>
        <translation>数据库 %1 由更新版本的智算看板写入（结构版本 %2；本版本最高支持 %3）。未打开该数据库，其中内容未作任何改动：请升级智算看板。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot update the capacity figures: %1</source>
        <translation>无法更新算力数据：%1</translation>
    </message>
    <message>
        <source>There is no store at %1. Check the path, or run “zhisuan init --db %1” to create one there.</source>
        <translation>%1 处没有数据库。请检查路径，或运行“zhisuan init --db %1”在该处创建。</translation>
    </message>
    <message>
        <source>The file %1 is not a ZhiSuan store: it is an SQLite database of another program. It was not changed. Check that --db or ZHISUAN_DB names your store.</source>
        <translation>文件 %1 不是智算看板数据库，而是其他程序的 SQLite 数据库，未作任何改动。请检查 --db 或 ZHISUAN_DB 是否指向您的数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a ZhiSuan store: --db and ZHISUAN_DB name the store file itself.</source>
        <translation>%1 是文件夹，不是智算看板数据库：--db 和 ZHISUAN_DB 应指向数据库文件本身。</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes), not a ZhiSuan store. If it should be one, it was lost: restore it from a backup, or run “zhisuan init” to make a new store there.</source>
        <translation>文件 %1 是空文件（0 字节），不是智算看板数据库。如果它本应是数据库，其内容已丢失：请从备份恢复，或运行“zhisuan init”在此新建数据库。</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s data version</source>
        <translation>无法读取数据库的数据版本</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>“%1” (process %2)</source>
        <translation>“%1”（进程 %2）</translation>
    </message>
    <message>
        <source>The store %1 is busy: another program is writing to it. Nothing was changed; try again when it has finished.</source>
        <translation>数据库 %1 正忙：另一个程序正在写入。未作任何改动；请在其完成后重试。</translation>
    </message>
    <message>
        <source>The store %1 is busy: %2 is writing to it. Nothing was changed; try again when it has finished.</source>
        <translation>数据库 %1 正忙：%2 正在写入。未作任何改动；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Cannot read the store %1: you have no read permission on it (ask its owner, or use chmod).</source>
        <translation>无法读取数据库 %1：您没有读取权限（请联系其所有者，或使用 chmod）。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: SQLite keeps two working files (-wal, -shm) next to the store and cannot create them. Make the folder writable, or copy the store to a folder you can write to and pass it with --db.</source>
        <translation>文件夹 %1 是只读的：SQLite 需要在数据库旁创建两个工作文件（-wal、-shm），但无法创建。请使该文件夹可写，或把数据库复制到可写的文件夹并用 --db 指定。</translation>
    </message>
    <message>
        <source>The store %1 is read-only (no write permission on the file): commands that change it cannot run. Make it writable (chmod u+w) to import or roll back.</source>
        <translation>数据库 %1 是只读的（没有该文件的写权限）：无法运行修改它的命令。如需导入或回滚，请使其可写（chmod u+w）。</translation>
    </message>
    <message>
        <source>The file %1 is not a ZhiSuan store: it is not an SQLite database. It was not changed. Check that --db or ZHISUAN_DB names your store.</source>
        <translation>文件 %1 不是智算看板数据库：它不是 SQLite 数据库，未作任何改动。请检查 --db 或 ZHISUAN_DB 是否指向您的数据库。</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Run “zhisuan check” to see what is wrong, and restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。请运行“zhisuan check”查看问题，并从备份恢复。</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full: nothing was changed. Free some space and try again.</source>
        <translation>数据库 %1 所在的磁盘已满：未作任何改动。请释放空间后重试。</translation>
    </message>
    <message>
        <source>the store has no table “%1”: it is damaged or was changed by another program. Run “zhisuan check” to see what is wrong; “zhisuan init” repairs it.</source>
        <translation>数据库缺少表“%1”：数据库已损坏，或被其他程序改动。运行“zhisuan check”查看问题所在；“zhisuan init”可修复。</translation>
    </message>
    <message>
        <source>the store has no column “%1”: it is damaged or was changed by another program. Run “zhisuan check” to see what is wrong.</source>
        <translation>数据库缺少列“%1”：数据库已损坏，或被其他程序改动。运行“zhisuan check”查看问题所在。</translation>
    </message>
    <message>
        <source>Cannot open the team store %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>无法打开团队数据库 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>无法连接团队数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of ZhiSuan Board (schema %2; this version knows up to %3). It was not changed. Update ZhiSuan Board to open it.</source>
        <translation>数据库 %1 由更新版本的智算看板写入（模式版本 %2；本版本最高支持 %3）。未做任何修改。请更新智算看板后再打开。</translation>
    </message>
    <message>
        <source>%1 is not available on a PostgreSQL team store in this version yet: do it in a SQLite store and move that with “zhisuan copy-store”.</source>
        <translation>本版本尚不支持在 PostgreSQL 团队数据库上%1：请在 SQLite 数据库中完成，再用“zhisuan copy-store”迁移。</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached: %2</source>
        <translation>无法连接团队数据库 %1：%2</translation>
    </message>
    <message>
        <source>You can read the team store %1 but not change it: your role (%2) is a reader. Ask the store&apos;s administrator for the editor role to import or roll back.</source>
        <translation>你可以读取团队数据库 %1，但不能修改：你的角色（%2）是只读角色。如需导入或回滚，请向数据库管理员申请编辑角色。</translation>
    </message>
    <message>
        <source>The database %1 holds no ZhiSuan store yet. Run “zhisuan init --db %2” to create one there.</source>
        <translation>数据库 %1 中还没有智算看板数据。运行“zhisuan init --db %2”在其中创建。</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>缺少%1“%2”</translation>
    </message>
    <message>
        <source>the table “%1” has no column “%2” (cannot be repaired: restore the store from a backup)</source>
        <translation>表“%1”缺少列“%2”（无法修复：请从备份恢复数据库）</translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation>无法运行完整性检查：%1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>the foreign-key check could not run: %1</source>
        <translation>无法运行外键检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of “%1” refer to rows of “%2” that do not exist (the first: row %3)</source>
        <translation>
            <numerusform>“%1”中有 %n 行引用了“%2”中不存在的行（第一处：第 %3 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The store %1 cannot be repaired: %2. Nothing was changed.</source>
        <translation>数据库 %1 无法修复：%2。未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot repair the store (%1)</source>
        <translation>无法修复数据库（%1）</translation>
    </message>
    <message>
        <source>%1: re-created</source>
        <translation>%1：已重建</translation>
    </message>
    <message>
        <source>Cannot repair the store</source>
        <translation>无法修复数据库</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema</source>
        <translation>无法读取数据库的模式</translation>
    </message>
    <message>
        <source>the foreign key %1 → %2</source>
        <translation>外键 %1 → %2</translation>
    </message>
    <message>
        <source>the unique key %1</source>
        <translation>唯一键 %1</translation>
    </message>
    <message>
        <source>the constraint “%1” of “%2” is not validated: rows that break it may be stored</source>
        <translation>“%2”的约束“%1”未经验证：库中可能有违反它的行</translation>
    </message>
    <message>
        <source>%1 is missing (cannot be repaired: restore the store from a backup)</source>
        <translation>%1缺失（无法修复：请从备份恢复数据库）</translation>
    </message>
    <message>
        <source>the store records schema version %1, this program&apos;s is %2</source>
        <translation>数据库记录的结构版本为 %1，本程序的为 %2</translation>
    </message>
    <message>
        <source>the trigger “%1” of “%2” is disabled: rows that break its rule may be stored</source>
        <translation>“%2”的触发器“%1”已停用：可能存有违反其规则的行</translation>
    </message>
    <message>
        <source>Repairing a store</source>
        <translation>修复数据库</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>Cannot count %1</source>
        <translation>无法统计 %1</translation>
    </message>
    <message>
        <source>Cannot list the tables of %1</source>
        <translation>无法列出 %1 的表</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: they are at different schema versions (%3 and %4). Open both with this version of ZhiSuan Board first, which upgrades them.</source>
        <translation>无法将 %1 复制到 %2：两者模式版本不同（%3 与 %4）。请先用本版本智算看板分别打开两者，使其升级。</translation>
    </message>
    <message>
        <source>The target %1 has no table %2.</source>
        <translation>目标 %1 中没有表 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 is not empty (%2 holds %n row(s)): copy-store only fills an empty store, so that nothing in it is overwritten. Name a new store (a new file, or a new database).</source>
        <translation>
            <numerusform>目标 %1 不是空的（%2 中有 %n 行）：copy-store 只填充空数据库，以免覆盖其中的数据。请指定一个新数据库（新文件或新的数据库）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start writing to %1</source>
        <translation>无法开始写入 %1</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2</source>
        <translation>无法从 %2 读取 %1</translation>
    </message>
    <message>
        <source>Cannot write %1 to %2</source>
        <translation>无法将 %1 写入 %2</translation>
    </message>
    <message>
        <source>Copy cancelled: %1 was not changed.</source>
        <translation>已取消复制：%1 未被修改。</translation>
    </message>
    <message>
        <source>Cannot finish writing to %1</source>
        <translation>无法完成写入 %1</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows where %3 has %4.</source>
        <translation>%1 的副本有 %2 行，而 %3 中有 %4 行。</translation>
    </message>
    <message>
        <source>Copied to %1, but cannot analyse it for the planner</source>
        <translation>已复制到 %1，但无法为查询规划器分析它</translation>
    </message>
    <message>
        <source>Cannot read the columns of %1 in %2</source>
        <translation>无法读取 %2 中 %1 的列</translation>
    </message>
</context>
<context>
    <name>StoreProbe</name>
    <message>
        <source>Cannot read the version of the store&apos;s engine</source>
        <translation>无法读取数据库引擎的版本</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The window stays on %1.

%2</source>
        <translation>窗口仍使用 %1。

%2</translation>
    </message>
    <message>
        <source>An import is running into %1. Let it finish, or cancel it, then choose the other store again.</source>
        <translation>正在向 %1 导入数据。请等待导入完成或取消导入，然后再选择另一个数据库。</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Roles are for a team store on PostgreSQL: %1 is a SQLite file, which the file&apos;s permissions protect.</source>
        <translation>角色只用于 PostgreSQL 团队数据库：%1 是 SQLite 文件，由文件权限保护。</translation>
    </message>
    <message>
        <source>Cannot create the team roles</source>
        <translation>无法创建团队角色</translation>
    </message>
    <message>
        <source>Cannot create the team roles (you need the CREATEROLE privilege and to own the database)</source>
        <translation>无法创建团队角色（需要 CREATEROLE 权限并且是数据库的所有者）</translation>
    </message>
    <message>
        <source>Cannot read your role&apos;s privileges</source>
        <translation>无法读取你的角色权限</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found byte %1, which is not UTF-8 (byte offset %2; fix that byte, or choose the file&apos;s encoding if it is not UTF-8)</source>
        <translation>应为 UTF-8 文本，实际遇到非 UTF-8 字节 %1（字节偏移 %2；请修正该字节，若文件不是 UTF-8 请选择其编码）</translation>
    </message>
    <message>
        <source>expected %1 text, found the file cut off in the middle of a character (byte offset %2)</source>
        <translation>应为 %1 文本，实际文件在一个字符中间被截断（字节偏移 %2）</translation>
    </message>
    <message>
        <source>expected %1 text, found byte %2, which is not %1 (byte offset %3; choose the file&apos;s encoding if it is not %1)</source>
        <translation>应为 %1 文本，实际遇到非 %1 字节 %2（字节偏移 %3；若文件不是 %1 请选择其编码）</translation>
    </message>
    <message>
        <source>expected text, found a NUL byte (0x00), which no export writes (was the file cut off while it was saved, or is it not text?)</source>
        <translation>应为文本，实际遇到 NUL 字节（0x00），导出文件不会含有该字节（文件是否在保存时被截断，或者并非文本？）</translation>
    </message>
    <message>
        <source>line %1 is %2 but the file is %3 (it starts with a UTF-8 byte-order mark): found “%4”, which is %2 text; save the whole file in one encoding and import it again</source>
        <translation>第 %1 行是 %2，但文件是 %3（文件以 UTF-8 字节顺序标记开头）：遇到“%4”，这是 %2 文本；请将整个文件存为同一种编码后重新导入</translation>
    </message>
    <message numerus="yes">
        <source>line %1 is %2 but the file is %3 (%n line(s) are %3, the first is line %4): found “%5”, which is %2 text; save the whole file in one encoding and import it again</source>
        <translation>
            <numerusform>第 %1 行是 %2，但文件是 %3（有 %n 行是 %3，第一行是第 %4 行）：遇到“%5”，这是 %2 文本；请将整个文件存为同一种编码后重新导入</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 is %2 but the file is read as %3, as chosen for this import: found “%4”, which is %2 text; choose %2, or save the whole file in one encoding</source>
        <translation>第 %1 行是 %2，但本次导入选择按 %3 读取文件：遇到“%4”，这是 %2 文本；请选择 %2，或将整个文件存为同一种编码</translation>
    </message>
</context>
<context>
    <name>TradingCalendar</name>
    <message>
        <source>it ends before it starts</source>
        <translation>截止日早于起始日</translation>
    </message>
    <message numerus="yes">
        <source>it covers %n calendar day(s) from %1 to %2, more than a week</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %n 个自然日，超过一周</numerusform>
        </translation>
    </message>
    <message>
        <source>it covers no trading day</source>
        <translation>不含任何交易日</translation>
    </message>
    <message numerus="yes">
        <source>it covers %n trading day(s) from %1 to %2, across more than one week</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %n 个交易日，跨越不止一周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it covers %n trading day(s) from %1 to %2, but the trading week of %3 runs from %4 to %5</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %n 个交易日，但 %3 所在交易周为 %4 至 %5</numerusform>
        </translation>
    </message>
    <message>
        <source> (the holiday calendar does not cover %1: every weekday is taken as a trading day)</source>
        <translation>（节假日日历未覆盖 %1 年：每个工作日均视为交易日）</translation>
    </message>
</context>
<context>
    <name>TradingDayRepository</name>
    <message>
        <source>Cannot update the list of trading days</source>
        <translation>无法更新交易日列表</translation>
    </message>
</context>
<context>
    <name>UnitVocabulary</name>
    <message>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>a price or index level</source>
        <translation>价格或指数点位</translation>
    </message>
    <message>
        <source>a number of shares</source>
        <translation>股数</translation>
    </message>
    <message>
        <source>a multiple (PE, PB)</source>
        <translation>倍数（PE、PB）</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>a plain number</source>
        <translation>普通数字</translation>
    </message>
</context>
<context>
    <name>UpsertWriter</name>
    <message>
        <source>the store refused the row (%1): %2</source>
        <translation>数据库拒绝了该行（%1）：%2</translation>
    </message>
    <message>
        <source>expected each row once, found a second row with the same key earlier in this file</source>
        <translation>每行应只出现一次，但本文件前面已有相同键的行</translation>
    </message>
    <message>
        <source>expected a value for “%1”, found none (the store needs one)</source>
        <translation>“%1”应有值，实际为空（数据库要求必填）</translation>
    </message>
    <message>
        <source>a value in this row is outside what the store accepts (%1)</source>
        <translation>此行有值超出数据库允许的范围（%1）</translation>
    </message>
    <message>
        <source>this row refers to something the store does not have (%1)</source>
        <translation>此行引用了数据库中不存在的记录（%1）</translation>
    </message>
    <message>
        <source>the store is busy: another program is writing to it; try again when it has finished</source>
        <translation>数据库正忙：另一个程序正在写入；请待其完成后重试</translation>
    </message>
    <message>
        <source>the disk is full: nothing was imported; free some space and try again</source>
        <translation>磁盘已满：未导入任何数据；请释放空间后重试</translation>
    </message>
    <message>
        <source>the store is read-only: nothing was imported</source>
        <translation>数据库为只读：未导入任何数据</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>a security code such as 300531.SZ, 688168.SH, 833030.BJ or NVDA.O</source>
        <translation>证券代码，如 300531.SZ、688168.SH、833030.BJ 或 NVDA.O</translation>
    </message>
    <message>
        <source>a whole number such as 18000</source>
        <translation>整数，如 18000</translation>
    </message>
    <message>
        <source>a number such as 4,028.23</source>
        <translation>数字，如 4,028.23</translation>
    </message>
    <message>
        <source>a percentage such as 18.31% or -24.43</source>
        <translation>百分比，如 18.31% 或 -24.43</translation>
    </message>
    <message>
        <source>a date such as 2024-08-16</source>
        <translation>日期，如 2024-08-16</translation>
    </message>
    <message>
        <source>a month such as 2024-08</source>
        <translation>月份，如 2024-08</translation>
    </message>
    <message>
        <source>yes or no (是/否)</source>
        <translation>是或否（yes/no）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>expected %1, found “%2”</source>
        <translation>应为%1，实际为“%2”</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>no percent sign: the column holds %1</source>
        <translation>不带百分号：该列为%1</translation>
    </message>
    <message>
        <source>no unit “%1”: the column holds %2 (%3)</source>
        <translation>不带单位“%1”：该列为%2（%3）</translation>
    </message>
    <message>
        <source>no unit “%1” in the cell: the header gives the column&apos;s unit already</source>
        <translation>单元格中不带单位“%1”：表头已给出该列的单位</translation>
    </message>
    <message>
        <source>at most 19 digits</source>
        <translation>最多 19 位数字</translation>
    </message>
    <message>
        <source>a number of a size a figure can have</source>
        <translation>数值大小合理的数字</translation>
    </message>
    <message>
        <source>a day, not a time of day</source>
        <translation>日期，而非一天中的时刻</translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>AI chips</source>
        <translation>AI 芯片</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>家机构</translation>
    </message>
    <message>
        <source>compute centres</source>
        <translation>个智算中心</translation>
    </message>
    <message>
        <source>capacity phases</source>
        <translation>条算力分期</translation>
    </message>
    <message>
        <source>policy thresholds</source>
        <translation>条政策门槛</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 模型</translation>
    </message>
    <message>
        <source>model releases</source>
        <translation>次模型发布</translation>
    </message>
    <message>
        <source>benchmark scores</source>
        <translation>项评测得分</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>websites</source>
        <translation>个网站</translation>
    </message>
    <message>
        <source>weekly visit figures</source>
        <translation>条周访问量</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>个应用</translation>
    </message>
    <message>
        <source>download figures</source>
        <translation>条下载量</translation>
    </message>
    <message>
        <source>securities and indices</source>
        <translation>只证券与指数</translation>
    </message>
    <message>
        <source>daily quotes</source>
        <translation>条日行情</translation>
    </message>
    <message>
        <source>weekly returns</source>
        <translation>条周涨跌幅</translation>
    </message>
    <message>
        <source>valuations (EPS/PE by year)</source>
        <translation>条估值（分年度 EPS/PE）</translation>
    </message>
    <message>
        <source>price/PB snapshots</source>
        <translation>条股价/PB 快照</translation>
    </message>
    <message>
        <source>lockup expiries</source>
        <translation>条限售股解禁</translation>
    </message>
    <message>
        <source>events</source>
        <translation>个事件</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>条指标</translation>
    </message>
    <message>
        <source>reported figures (excess returns, ranks)</source>
        <translation>条报告数据（超额收益、排名）</translation>
    </message>
    <message>
        <source>Cannot count the %1</source>
        <translation>无法统计%1</translation>
    </message>
</context>
<context>
    <name>ViewCatalogHeading</name>
    <message>
        <source>organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>compute centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>capacity phases</source>
        <translation>算力分期</translation>
    </message>
    <message>
        <source>AI chips</source>
        <translation>AI 芯片</translation>
    </message>
    <message>
        <source>policy thresholds</source>
        <translation>政策门槛</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 模型</translation>
    </message>
    <message>
        <source>model releases</source>
        <translation>模型发布</translation>
    </message>
    <message>
        <source>benchmark scores</source>
        <translation>评测得分</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>weekly visit figures</source>
        <translation>周访问量</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>download figures</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>securities and indices</source>
        <translation>证券与指数</translation>
    </message>
    <message>
        <source>daily quotes</source>
        <translation>日行情</translation>
    </message>
    <message>
        <source>weekly returns</source>
        <translation>周涨跌幅</translation>
    </message>
    <message>
        <source>valuations (EPS/PE by year)</source>
        <translation>估值（分年度 EPS/PE）</translation>
    </message>
    <message>
        <source>price/PB snapshots</source>
        <translation>股价/PB 快照</translation>
    </message>
    <message>
        <source>lockup expiries</source>
        <translation>限售股解禁</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>reported figures (excess returns, ranks)</source>
        <translation>报告数据（超额收益、排名）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Stock</source>
        <translation>股票</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>Partly built</source>
        <translation>部分建成</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>建设中</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Ascend</source>
        <translation>昇腾</translation>
    </message>
    <message>
        <source>Hygon</source>
        <translation>海光</translation>
    </message>
    <message>
        <source>Cambricon</source>
        <translation>寒武纪</translation>
    </message>
    <message>
        <source>NVIDIA</source>
        <translation>英伟达</translation>
    </message>
    <message>
        <source>Kunlunxin</source>
        <translation>昆仑芯</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>已解析</translation>
    </message>
    <message>
        <source>Not a capacity (kept as text)</source>
        <translation>非算力数值（保留原文）</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation>多模态</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>国产</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>海外</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Reported (the source says so)</source>
        <translation>报告（来源原文如此）</translation>
    </message>
    <message>
        <source>Derived (computed from reported figures)</source>
        <translation>推算（由报告数值按规则计算）</translation>
    </message>
    <message>
        <source>Inferred (an analyst&apos;s judgement)</source>
        <translation>推断（分析师判断）</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>安卓</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全平台</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Training + inference</source>
        <translation>训练+推理</translation>
    </message>
</context>
<context>
    <name>WeeklyBrief</name>
    <message>
        <source>Market review</source>
        <translation>市场回顾</translation>
    </message>
    <message>
        <source>Top movers and watchlist</source>
        <translation>个股涨跌与跟踪标的</translation>
    </message>
    <message>
        <source>Models and products released</source>
        <translation>模型与产品发布</translation>
    </message>
    <message>
        <source>Traffic highlights</source>
        <translation>流量观察</translation>
    </message>
    <message>
        <source>Compute centres: new and changed</source>
        <translation>智算中心动态</translation>
    </message>
    <message>
        <source>Lockups ahead</source>
        <translation>限售解禁</translation>
    </message>
    <message>
        <source>Expected a date in the week of the brief</source>
        <translation>需要周报所在周的一个日期</translation>
    </message>
    <message>
        <source>Reading the week’s data…</source>
        <translation>正在读取本周数据…</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>%1 至 %2 当周</translation>
    </message>
    <message>
        <source>ZhiSuan Board weekly brief: AI and computing</source>
        <translation>智算看板周报：人工智能与算力</translation>
    </message>
    <message>
        <source>ZhiSuan Board weekly brief</source>
        <translation>智算看板周报</translation>
    </message>
    <message>
        <source>ZhiSuan Board · generated %1 · not investment advice</source>
        <translation>智算看板 · 生成于 %1 · 不构成投资建议</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>核心观点</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Excess return of %1 over the benchmarks</source>
        <translation>%1 相对基准指数的超额收益</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准指数</translation>
    </message>
    <message>
        <source>Benchmark return (%)</source>
        <translation>基准涨跌幅（%）</translation>
    </message>
    <message>
        <source>Industry return (%)</source>
        <translation>行业涨跌幅（%）</translation>
    </message>
    <message>
        <source>Excess return (pcts)</source>
        <translation>超额收益（pcts）</translation>
    </message>
    <message>
        <source>No stock returns are recorded for this week.</source>
        <translation>本周没有个股涨跌幅数据。</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Top gainers: %1; top losers: %2.</source>
        <translation>涨幅居前：%1；跌幅居前：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No constituent returns of the tracked industry are recorded for this week.</source>
        <translation>本周没有跟踪行业成分股的涨跌幅数据。</translation>
    </message>
    <message>
        <source>No model releases or product events are recorded for this week.</source>
        <translation>本周没有记录到模型发布或产品事件。</translation>
    </message>
    <message>
        <source>Models released</source>
        <translation>本周发布的模型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Parameters (bn)</source>
        <translation>参数量（十亿）</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>开源权重</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Products, policy and industry news</source>
        <translation>产品、政策与产业动态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message numerus="yes">
        <source>%n model release(s) this week: %1.</source>
        <translation>
            <numerusform>本周发布 %n 个模型：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No model releases this week.</source>
        <translation>本周没有模型发布。</translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s) on products, policy and the industry.</source>
        <translation>
            <numerusform>产品、政策与产业动态 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly visits are recorded for this week; the table shows the latest figure of each site.</source>
        <translation>本周没有周访问量数据；下表为各网站最近一期的数据。</translation>
    </message>
    <message>
        <source>Latest weekly visits on record</source>
        <translation>各网站最近一期周访问量</translation>
    </message>
    <message>
        <source>Weekly visits of AI products</source>
        <translation>AI 产品周访问量</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>统计周</translation>
    </message>
    <message>
        <source>Visits (10k)</source>
        <translation>访问量（万次）</translation>
    </message>
    <message>
        <source>Week on week (%)</source>
        <translation>环比（%）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>all-time high</source>
        <translation>历史新高</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No compute centre opened, was added or changed, and no compute-centre news is recorded for this week.</source>
        <translation>本周没有智算中心投运、新增或变更，也没有相关动态。</translation>
    </message>
    <message>
        <source>Compute centres this week</source>
        <translation>本周智算中心动态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Current (PFLOPS)</source>
        <translation>现有算力（PFLOPS）</translation>
    </message>
    <message>
        <source>Planned (PFLOPS)</source>
        <translation>规划算力（PFLOPS）</translation>
    </message>
    <message>
        <source>News</source>
        <translation>动态</translation>
    </message>
    <message numerus="yes">
        <source>Compute centres: %n item(s) this week: %1.</source>
        <translation>
            <numerusform>智算中心：本周动态 %n 条：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>All centres on record: %1.</source>
        <translation>全部智算中心：%1。</translation>
    </message>
    <message numerus="yes">
        <source>No lockup expiries are recorded for the %n day(s) after this week.</source>
        <translation>
            <numerusform>本周之后 %n 天内没有限售解禁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>解禁日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shares (10k)</source>
        <translation>解禁数量（万股）</translation>
    </message>
    <message>
        <source>Market value (CNY 10k)</source>
        <translation>解禁市值（万元）</translation>
    </message>
    <message numerus="yes">
        <source>Lockup expiries in the %n day(s) after the week</source>
        <translation>
            <numerusform>本周之后 %n 天内的限售解禁</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is recorded for this week in the chosen sections.</source>
        <translation>所选章节在本周没有数据。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Drawing page elements…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Figures and tables</source>
        <translation>图表目录</translation>
    </message>
    <message>
        <source>Our view</source>
        <translation>本周观点</translation>
    </message>
    <message>
        <source>The brief was not written: the store is damaged (%1). Run “zhisuan check” to see what is wrong and “zhisuan init” to repair it.</source>
        <translation>周报未生成：数据库已损坏（%1）。请运行“zhisuan check”查看问题，运行“zhisuan init”修复。</translation>
    </message>
    <message>
        <source>The brief was not written: part of the store could not be read (%1). Run “zhisuan check” to see what is wrong with the store.</source>
        <translation>周报未生成：数据库的部分内容无法读取（%1）。请运行“zhisuan check”查看数据库的问题。</translation>
    </message>
    <message>
        <source>Top gainers and losers of the tracked industry</source>
        <translation>跟踪行业涨跌幅前列个股</translation>
    </message>
    <message>
        <source>Gainer</source>
        <translation>涨幅前列</translation>
    </message>
    <message>
        <source>Return (%)</source>
        <translation>涨跌幅(%)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <source>Loser</source>
        <translation>跌幅前列</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>Compute news this week</source>
        <translation>本周算力动态</translation>
    </message>
    <message numerus="yes">
        <source>%n lockup expiry(ies) in the %1 days after the week, worth %2 in all; the first: %3 on %4.</source>
        <translation>
            <numerusform>本周之后 %1 天内共有 %n 笔限售解禁，合计市值 %2；最早为%3（%4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported / %2 computed</source>
        <translation>%1 报告 / %2 计算</translation>
    </message>
    <message>
        <source>the imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %1 of %n rows.</source>
        <translation>
            <numerusform>表中列出 %n 行中的前 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No index or industry returns were reported for this week.</source>
        <translation>本周无指数及行业涨跌幅数据。</translation>
    </message>
    <message>
        <source>No weekly website visits were reported up to this week.</source>
        <translation>截至本周无网站周访问量数据。</translation>
    </message>
    <message>
        <source>Newly recorded or updated</source>
        <translation>新收录或更新</translation>
    </message>
    <message>
        <source>Risks: developments in AI technology and applications below expectations; build-out of computing capacity slower than expected; intensifying competition; changes in policy and in export controls.</source>
        <translation>风险提示：AI 技术及应用发展不及预期；算力建设进度不及预期；行业竞争加剧；政策及出口管制变化。</translation>
    </message>
    <message>
        <source>This brief is for information only. Its data come from public sources we believe to be reliable, but we make no guarantee of their accuracy or completeness. It is not investment advice, nor an offer or solicitation to buy or sell any security; past performance is no guide to future returns. Investing involves risk: make your own decisions.</source>
        <translation>本报告仅供参考。报告所载数据来自我们认为可靠的公开资料，但我们不对其准确性、完整性作任何保证。本报告不构成投资建议，亦不构成买卖任何证券的要约或邀请；过往表现不代表未来收益。市场有风险，投资需谨慎。</translation>
    </message>
    <message>
        <source>%1 weekly brief: AI and computing</source>
        <comment>the firm&apos;s name</comment>
        <translation>%1 周报：人工智能与算力</translation>
    </message>
    <message>
        <source>%1 weekly brief</source>
        <comment>the firm&apos;s name</comment>
        <translation>%1 周报</translation>
    </message>
    <message>
        <source>%1 · %2 · not investment advice</source>
        <comment>the firm&apos;s name, the date</comment>
        <translation>%1 · %2 · 不构成投资建议</translation>
    </message>
    <message>
        <source>Risk disclosure</source>
        <translation>风险提示</translation>
    </message>
    <message numerus="yes">
        <source>Compute centres: %n item(s) this week, listed in the compute centres section.</source>
        <translation>
            <numerusform>智算中心：本周动态 %n 条，见智算中心一节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入文件。</translation>
    </message>
    <message>
        <source>%1 set an all-time high of %2 weekly visits.</source>
        <translation>%1 周访问量达 %2，创历史新高。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已投运</translation>
    </message>
    <message>
        <source>Due to open (as reported %1: %2)</source>
        <translation>计划投用（%1 报告时：%2）</translation>
    </message>
    <message>
        <source>The figures in this brief are those of the research reports and files named under each chart and table, which name no primary source for them; a section with no figures reported for the week says so and shows no estimate.</source>
        <translation>本简报的数据均来自各图表下注明的研究报告和文件，这些报告和文件未注明其数据的原始来源；某一部分本周没有报告数据的，注明无数据，不作估算。</translation>
    </message>
    <message>
        <source>The figures in this brief are those of the sources named under each chart and table: the primary sources the research reports and files state (%1), then the reports and files themselves; a section with no figures reported for the week says so and shows no estimate.</source>
        <translation>本简报的数据均来自各图表下注明的来源：研究报告和文件所注明的原始来源（%1），以及这些报告和文件本身；某一部分本周没有报告数据的，注明无数据，不作估算。</translation>
    </message>
    <message>
        <source>The lockup list on record was taken on %1, after this week: it does not cover expiries from %2 to %1, and values the others at that later day&apos;s prices. This brief therefore leaves the lockups table out.</source>
        <translation>库中的限售解禁名单取自 %1，晚于本周：它不包含 %2 至 %1 之间的解禁，其余解禁的市值也按该日价格计算，因此本周报不列出限售解禁表。</translation>
    </message>
    <message>
        <source>Coverage: the lockup list as of %1 names expiries up to %2; it may not cover those from %3 to %4.</source>
        <translation>覆盖范围：截至 %1 的限售解禁名单列至 %2 的解禁；%3 至 %4 的解禁可能未列入。</translation>
    </message>
    <message>
        <source>Coverage: the lockup list as of %1.</source>
        <translation>覆盖范围：截至 %1 的限售解禁名单。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name, its security code</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Market: no index or industry weekly returns are recorded for this week.</source>
        <translation>市场：本周无指数或行业周涨跌幅数据。</translation>
    </message>
    <message>
        <source>Market: no index or industry weekly returns are recorded for this week; the watchlist&apos;s moves from %1 to %2 range from %3 to %4.</source>
        <translation>市场：本周无指数或行业周涨跌幅数据；关注列表个股 %1 至 %2 的涨跌幅介于%3与%4之间。</translation>
    </message>
    <message>
        <source>%1 (%2, %3%)</source>
        <comment>a name, its security code, its return</comment>
        <translation>%1（%2，%3%）</translation>
    </message>
    <message>
        <source>The key stocks&apos; valuations on record were taken on %1, after this week: this brief leaves them out.</source>
        <translation>现有重点公司估值数据取自 %1，晚于本周，本简报未予收录。</translation>
    </message>
    <message>
        <source>Models released and updated</source>
        <translation>发布与更新的模型</translation>
    </message>
    <message numerus="yes">
        <source>%n model update(s): %1.</source>
        <translation>
            <numerusform>另有 %n 个模型更新：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly website visits had been published by the end of this week: the figures on record were published on %1, after it, and this brief leaves them out.</source>
        <translation>截至本周末尚无已发布的网站周访问量数据：现有数据发布于 %1，晚于本周，本简报未予收录。</translation>
    </message>
    <message>
        <source>The list of compute centres on record was published on %1, after this week: this brief leaves the map and the centre totals out.</source>
        <translation>现有智算中心名单发布于 %1，晚于本周，本简报未收录地图与智算中心合计。</translation>
    </message>
    <message>
        <source>All centres on record as of %1: %2.</source>
        <translation>截至 %1 的全部智算中心：%2。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>the workbook is damaged or cut off (%1)</source>
        <translation>工作簿已损坏或不完整（%1）</translation>
    </message>
    <message>
        <source>a sector past its end</source>
        <translation>扇区超出文件末尾</translation>
    </message>
    <message>
        <source>its header is cut off</source>
        <translation>文件头不完整</translation>
    </message>
    <message>
        <source>a sector size of 2^%1</source>
        <translation>扇区大小为 2^%1</translation>
    </message>
    <message>
        <source>an allocation table larger than the file</source>
        <translation>分配表大于文件本身</translation>
    </message>
    <message>
        <source>a chain of sectors that loops</source>
        <translation>扇区链出现循环</translation>
    </message>
    <message>
        <source>no root in its directory</source>
        <translation>目录中没有根条目</translation>
    </message>
    <message>
        <source>a chain of sectors that loops or leaves the file</source>
        <translation>扇区链出现循环或超出文件</translation>
    </message>
    <message>
        <source>a small stream past its end</source>
        <translation>小数据流超出末尾</translation>
    </message>
    <message>
        <source>a stream shorter than its size</source>
        <translation>数据流短于其声明的大小</translation>
    </message>
    <message>
        <source>a stream larger than the file</source>
        <translation>数据流大于文件本身</translation>
    </message>
    <message>
        <source>no stream “%1”</source>
        <translation>没有数据流“%1”</translation>
    </message>
    <message>
        <source>expected an Excel workbook, found neither an .xlsx nor an .xls</source>
        <translation>应为 Excel 工作簿，但既不是 .xlsx 也不是 .xls</translation>
    </message>
    <message>
        <source>the workbook is encrypted: open it in Excel, remove the password and save it again</source>
        <translation>工作簿已加密：请在 Excel 中打开，取消密码后重新保存</translation>
    </message>
    <message>
        <source>expected an Excel workbook, found another kind of Office document (a compound file without a workbook: %1)</source>
        <translation>应为 Excel 工作簿，但这是另一种 Office 文档（不含工作簿的复合文件：%1）</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut off (its stream does not begin as a workbook&apos;s)</source>
        <translation>工作簿已损坏或不完整（其数据流的开头不是工作簿）</translation>
    </message>
    <message>
        <source>expected a worksheet in the workbook, found none</source>
        <translation>工作簿中应有工作表，但一个也没有</translation>
    </message>
    <message>
        <source>there is no sheet %1</source>
        <translation>没有第 %1 个工作表</translation>
    </message>
    <message>
        <source>the workbook is damaged: its sheet “%1” cannot be read</source>
        <translation>工作簿已损坏：无法读取工作表“%1”</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML cannot be read (%1): the workbook is damaged or cut off</source>
        <translation>无法读取工作表的 XML（%1）：工作簿已损坏或不完整</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares a DTD, which no spreadsheet program writes: refused (its entities could expand without end)</source>
        <translation>工作簿的 XML 声明了 DTD，电子表格软件不会写入 DTD：已拒绝（其实体可能无限展开）</translation>
    </message>
    <message>
        <source>expected rows in order within Excel&apos;s %1, found row “%2” after row %3: the workbook is damaged</source>
        <translation>行号应按顺序且不超过 Excel 的 %1 行，但第 %3 行之后出现了第“%2”行：工作簿已损坏</translation>
    </message>
    <message>
        <source>expected a row of at most %1 MB of text, found more</source>
        <translation>一行文本应不超过 %1 MB，实际更多</translation>
    </message>
    <message>
        <source>expected the cells of row %1 in order, found a cell named “%2”: the workbook is damaged</source>
        <translation>第 %1 行的单元格应按顺序排列，但出现了单元格“%2”：工作簿已损坏</translation>
    </message>
    <message>
        <source>expected at most %1 columns, found more: the workbook is damaged</source>
        <translation>列数应不超过 %1，实际更多：工作簿已损坏</translation>
    </message>
    <message>
        <source>expected the value of the formula =%1, found none stored: open the file in Excel or WPS, let it calculate, and save it</source>
        <translation>应有公式 =%1 的计算结果，但文件中没有保存：请在 Excel 或 WPS 中打开、重新计算并保存</translation>
    </message>
    <message>
        <source>expected a string of the workbook&apos;s table, found index “%1” (of %2): the workbook is damaged</source>
        <translation>应为工作簿字符串表中的字符串，但索引为“%1”（共 %2 个）：工作簿已损坏</translation>
    </message>
    <message>
        <source>expected a number in a number cell, found “%1”: the workbook is damaged</source>
        <translation>数值单元格中应为数字，实际为“%1”：工作簿已损坏</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut off: its part “%1” cannot be read (%2)</source>
        <translation>工作簿已损坏或不完整：无法读取其部件“%1”（%2）</translation>
    </message>
    <message>
        <source>expected an Excel workbook, found an OpenDocument file (.ods): save it as .xlsx or CSV</source>
        <translation>应为 Excel 工作簿，但这是 OpenDocument 文件（.ods）：请另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>expected an Excel workbook (.xlsx), found a zip archive without one</source>
        <translation>应为 Excel 工作簿（.xlsx），但这是不含工作簿的 zip 压缩包</translation>
    </message>
    <message>
        <source>the workbook&apos;s table of strings holds more than %L1 strings: refused</source>
        <translation>工作簿的字符串表超过 %L1 个字符串：已拒绝</translation>
    </message>
    <message>
        <source>the workbook&apos;s table of strings holds more than %1 MB of text: refused</source>
        <translation>工作簿的字符串表超过 %1 MB 文本：已拒绝</translation>
    </message>
    <message>
        <source>the workbook is damaged: its sheet “%1” has no rows where they belong</source>
        <translation>工作簿已损坏：工作表“%1”中应有行数据的位置没有数据</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut off (its zip archive cannot be read: minizip error %1)</source>
        <translation>工作簿已损坏或不完整（无法读取其 zip 压缩包：minizip 错误 %1）</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut off: its zip archive&apos;s directory cannot be read</source>
        <translation>工作簿已损坏或不完整：无法读取其 zip 压缩包的目录</translation>
    </message>
    <message>
        <source>the workbook&apos;s zip archive holds more than 100,000 parts: refused</source>
        <translation>工作簿的 zip 压缩包超过 100,000 个部件：已拒绝</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part “%1” is missing</source>
        <translation>工作簿已损坏：缺少部件“%1”</translation>
    </message>
    <message>
        <source>the workbook is compressed with a method ZhiSuan cannot read (%1): save it again in Excel</source>
        <translation>工作簿使用了智算看板无法读取的压缩方式（%1）：请在 Excel 中重新保存</translation>
    </message>
    <message>
        <source>the workbook&apos;s part “%1” would inflate to %2 MB, more than the %3 MB ZhiSuan reads: refused (a zip bomb, or far more than a sheet holds)</source>
        <translation>工作簿部件“%1”解压后为 %2 MB，超过智算看板读取上限 %3 MB：已拒绝（可能是 zip 炸弹，或远超一个工作表的数据量）</translation>
    </message>
    <message>
        <source>the workbook&apos;s part “%1” inflates to more than %2 MB from %3 KB: refused as a zip bomb</source>
        <translation>工作簿部件“%1”由 %3 KB 解压到超过 %2 MB：作为 zip 炸弹拒绝</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::CentresDashboard</name>
    <message>
        <source>All operators</source>
        <translation>全部合作方</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部建设情况</translation>
    </message>
    <message>
        <source>Any ecosystem</source>
        <translation>全部芯片生态</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>Chip ecosystem</source>
        <translation>芯片生态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>建设情况</translation>
    </message>
    <message>
        <source>Current PFLOPS by province</source>
        <translation>各省现有算力 (PFLOPS)</translation>
    </message>
    <message>
        <source>Planned PFLOPS by province</source>
        <translation>各省规划算力 (PFLOPS)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n centre(s), current %2 PFLOPS, planned %3 PFLOPS</source>
        <translation>
            <numerusform>%1：%n 个智算中心，现有 %2 PFLOPS，规划 %3 PFLOPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on map (%n)</source>
        <translation>
            <numerusform>未能在地图上定位（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Location (as written)</source>
        <translation>地域（原文）</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Placement note</source>
        <translation>定位说明</translation>
    </message>
    <message>
        <source>Capacity (as written)</source>
        <translation>算力（原文）</translation>
    </message>
    <message>
        <source>Capacity parsed</source>
        <translation>算力解析</translation>
    </message>
    <message>
        <source>Current PFLOPS</source>
        <translation>现有算力 (PFLOPS)</translation>
    </message>
    <message>
        <source>Planned PFLOPS</source>
        <translation>规划算力 (PFLOPS)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>算力分期</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Compute centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>Search name, operator, place, capacity…</source>
        <translation>搜索名称、合作方、地点、算力…</translation>
    </message>
    <message>
        <source>Min PFLOPS:</source>
        <translation>最低算力 (PFLOPS)：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>着色：</translation>
    </message>
    <message>
        <source>Provinces:</source>
        <translation>省份填色：</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Intelligent-computing centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>按建设情况</translation>
    </message>
    <message>
        <source>by chip ecosystem</source>
        <translation>按芯片生态</translation>
    </message>
    <message>
        <source>by operator</source>
        <translation>按合作方</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>不填色</translation>
    </message>
    <message>
        <source>current PFLOPS</source>
        <translation>现有算力</translation>
    </message>
    <message>
        <source>planned PFLOPS</source>
        <translation>规划算力</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Click a bubble or a row to see a centre&apos;s details.</source>
        <translation>点击地图气泡或表格行查看智算中心详情。</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未注明精度</translation>
    </message>
    <message>
        <source>current &lt;b&gt;%1&lt;/b&gt; PFLOPS (%2)</source>
        <translation>现有 &lt;b&gt;%1&lt;/b&gt; PFLOPS（%2）</translation>
    </message>
    <message>
        <source> + &lt;b&gt;%1&lt;/b&gt; POPS</source>
        <translation> + &lt;b&gt;%1&lt;/b&gt; POPS</translation>
    </message>
    <message>
        <source> · planned &lt;b&gt;%1&lt;/b&gt; PFLOPS</source>
        <translation> · 规划 &lt;b&gt;%1&lt;/b&gt; PFLOPS</translation>
    </message>
    <message>
        <source>Current POPS</source>
        <translation>现有算力 (POPS)</translation>
    </message>
    <message>
        <source>Planned POPS</source>
        <translation>规划算力 (POPS)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>bubbles: PFLOPS</source>
        <translation>气泡：PFLOPS</translation>
    </message>
    <message>
        <source>bubbles: POPS</source>
        <translation>气泡：POPS</translation>
    </message>
    <message>
        <source>FLOPS and OPS are different measures: the map sizes bubbles by one of them</source>
        <translation>FLOPS 与 OPS 是不同口径：地图气泡只按其中一种大小绘制</translation>
    </message>
    <message numerus="yes">
        <source>%n operational centre(s) have no current figure in the source and are not in the current total: %1</source>
        <translation>
            <numerusform>%n 个已建成的智算中心在来源中没有现有算力数据，未计入现有总算力：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Current capacity</source>
        <translation>现有算力</translation>
    </message>
    <message>
        <source>not stated: the source lists the centre as built but gives only a planned figure</source>
        <translation>未披露：来源将其列为已建成，但只给出规划算力</translation>
    </message>
    <message>
        <source>Phases from: %1, as of %2</source>
        <translation>分期数据来源：%1，截至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n centre(s) with an inferred capacity are left out (%1)</source>
        <translation>
            <numerusform>%n 个算力规模为推断的智算中心未计入（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Inferred values left out&lt;/i&gt;: %1</source>
        <translation>&lt;i&gt;已剔除推断值&lt;/i&gt;：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Leave out inferred values</source>
        <translation>剔除推断值</translation>
    </message>
    <message>
        <source>Totals, shares and the map count only what the sources report: an inferred chip ecosystem counts as not stated, a centre whose capacity is inferred is left out</source>
        <translation>合计、占比和地图只计来源报告的数值：推断的芯片生态按未注明计，算力规模为推断的智算中心不计入</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>not stated: the source lists the centre as built and gives no compute figure (see the capacity as written)</source>
        <translation>未披露：来源将其列为已建成，但未给出算力数值（见原文算力）</translation>
    </message>
    <message>
        <source>no capacity figure</source>
        <translation>无算力数值</translation>
    </message>
    <message>
        <source>%1, no capacity figure</source>
        <translation>%1，无算力数值</translation>
    </message>
    <message>
        <source>planned %1 %2</source>
        <translation>规划 %1 %2</translation>
    </message>
    <message>
        <source>current not stated → %1</source>
        <translation>现有算力未披露 → %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;Inferred&lt;/i&gt; ecosystem (from partner or tenant) for %n centre(s), largest: %1; counting them: %2</source>
        <translation>
            <numerusform>&lt;i&gt;推断&lt;/i&gt;芯片生态（按合作方或入驻方）：%n 个智算中心，最大：%1；计入推断后：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the chip ecosystem inferred for %n centre(s) counts as not stated (largest: %1)</source>
        <translation>
            <numerusform>%n 个智算中心推断的芯片生态按未注明计（最大：%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Search centres</source>
        <translation>搜索智算中心</translation>
    </message>
    <message>
        <source>Centre details</source>
        <translation>智算中心详情</translation>
    </message>
    <message>
        <source>Map of compute centres</source>
        <translation>智算中心地图</translation>
    </message>
    <message>
        <source>current &lt;b&gt;%1&lt;/b&gt; PFLOPS</source>
        <translation>现有 &lt;b&gt;%1&lt;/b&gt; PFLOPS</translation>
    </message>
    <message>
        <source>no current PFLOPS stated</source>
        <translation>现有算力未披露</translation>
    </message>
    <message>
        <source> · no planned PFLOPS stated</source>
        <translation> · 未注明规划算力</translation>
    </message>
    <message numerus="yes">
        <source> · planned &lt;b&gt;%1&lt;/b&gt; PFLOPS (%n centre(s) without a stated plan counted at their current figure)</source>
        <translation>
            <numerusform> · 规划 &lt;b&gt;%1&lt;/b&gt; PFLOPS（其中 %n 个未注明规划的中心按现有算力计）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; centre(s) · %1 · chip ecosystem as reported (share of current PFLOPS): %2</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 个智算中心 · %1 · 报告所述芯片生态（占现有 PFLOPS）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::app::ChipsDashboard</name>
    <message>
        <source>%1: %2 TFLOPS/W</source>
        <translation>%1：%2 TFLOPS/W</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>国产</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>海外</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>功耗 TDP (W)</translation>
    </message>
    <message>
        <source>FP16 (TFLOPS)</source>
        <translation>FP16 (TFLOPS)</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>No chips yet. Import a chip table (File ▸ Import…, Ctrl+I).</source>
        <translation>暂无芯片。请导入芯片参数表（文件 ▸ 导入…，Ctrl+I）。</translation>
    </message>
    <message>
        <source>FP16 compute against power, with the energy-efficiency threshold</source>
        <translation>FP16 算力与功耗（含能效门槛线）</translation>
    </message>
    <message>
        <source>AI chips</source>
        <translation>AI 芯片</translation>
    </message>
    <message>
        <source>%1 of %2 chips with FP16 and TDP figures meet %3 (FP16 at least %4 TFLOPS per watt); below the line they do not.</source>
        <translation>在有 FP16 算力与功耗数据的 %2 款芯片中，%1 款达到%3（FP16 单位能效算力不低于 %4 TFLOPS/W）；门槛线以下者不达标。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 (TFLOPS)</translation>
    </message>
    <message>
        <source>FP16 TFLOPS/W</source>
        <translation>FP16 能效 (TFLOPS/W)</translation>
    </message>
    <message>
        <source>Meets the rule</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>INT8 TOPS</source>
        <translation>INT8 (TOPS)</translation>
    </message>
    <message>
        <source>FP32 TFLOPS</source>
        <translation>FP32 (TFLOPS)</translation>
    </message>
    <message>
        <source>FP64 TFLOPS</source>
        <translation>FP64 (TFLOPS)</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>显存带宽 (GB/s)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>生产工艺</translation>
    </message>
    <message>
        <source>✔ meets</source>
        <translation>✔ 达标</translation>
    </message>
    <message>
        <source>✘ below</source>
        <translation>✘ 不达标</translation>
    </message>
    <message>
        <source>Not judged, because their FP16 figure is sparse or in TOPS: %1.</source>
        <translation>以下芯片的 FP16 数值为稀疏算力或 TOPS，不参与判定：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>FP16 basis</source>
        <translation>FP16 口径</translation>
    </message>
    <message>
        <source>— not judged (sparse FP16)</source>
        <translation>— 不判定（稀疏 FP16）</translation>
    </message>
    <message>
        <source>— not judged (TOPS, not FLOPS)</source>
        <translation>— 不判定（TOPS，非 FLOPS）</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>sparse</source>
        <translation>稀疏</translation>
    </message>
    <message>
        <source>TOPS (source&apos;s FP16 column)</source>
        <translation>TOPS（原文 FP16 列）</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::DataPage</name>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Select an import batch first.</source>
        <translation>请先选择一个导入批次。</translation>
    </message>
    <message>
        <source>Roll back import batch %1? Rows it added are deleted and rows it changed get their previous values back.</source>
        <translation>回滚导入批次 %1？其新增的行将被删除，其修改的行将恢复原值。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Roll back batch</source>
        <translation>回滚批次</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>数据库内容</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Inbox folder: CSV files saved here are imported</source>
        <translation>收件文件夹：保存到这里的 CSV 文件会被自动导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inbox&lt;/b&gt;</source>
        <translation>&lt;b&gt;收件文件夹&lt;/b&gt;</translation>
    </message>
    <message>
        <source>off: choose a folder (where your terminal exports CSV files) and every CSV file saved there is imported once it is complete</source>
        <translation>未开启：选择一个文件夹（终端导出 CSV 文件的位置），保存到其中的每个 CSV 文件在写完后都会被导入</translation>
    </message>
    <message>
        <source>%1 — CSV files saved here are imported once they are complete</source>
        <translation>%1 — 保存到这里的 CSV 文件写完后即被导入</translation>
    </message>
    <message>
        <source>Choose inbox folder…</source>
        <translation>选择收件文件夹…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Inbox log: what arrived</source>
        <translation>收件记录：收到了什么</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Log (%1)</source>
        <translation>日志（%1）</translation>
    </message>
    <message>
        <source>Show or hide what the inbox imported and rejected</source>
        <translation>显示或隐藏收件箱导入和拒收的文件</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::ImportResultPanel</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>imported: %n row(s) — %1 inserted, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>已导入：%n 行 — 新增 %1，更新 %2，未变 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: the file was left unimported</source>
        <translation>已取消：该文件未导入</translation>
    </message>
    <message numerus="yes">
        <source>rejected, nothing was imported (%n error(s))</source>
        <translation>
            <numerusform>被拒绝，未导入任何数据（%n 处错误）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The file being imported was left unchanged; files before it were imported.</source>
        <translation>导入已取消。正在导入的文件未作改动；之前的文件已导入。</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) imported.</source>
        <translation>
            <numerusform>导入完成：已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished: %1 imported, %2 rejected.</source>
        <translation>导入完成：已导入 %1，被拒绝 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Values changed (fields the file does not have were kept):</source>
        <translation>已变更的数值（文件中没有的字段保留原值）：</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::ImportRunner</name>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>The store is busy: %1 is writing to it.
Waiting for it to finish (%2 s)… then %3 is imported. Nothing has been written yet; Cancel stops waiting.</source>
        <translation>数据库正忙：%1 正在写入。
正在等待其完成（%2 秒）……随后导入 %3。目前尚未写入任何内容；点“取消”可停止等待。</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::MainWindow</name>
    <message>
        <source>ZhiSuan Board</source>
        <translation>智算看板</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Compute centres</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>Models &amp; apps</source>
        <translation>模型与应用</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ZhiSuan Board</source>
        <translation>关于智算看板(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>About ZhiSuan Board</source>
        <translation>关于智算看板</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ZhiSuan Board %1&lt;/h3&gt;&lt;p&gt;A dashboard of China&apos;s AI market and its compute build-out: intelligent-computing centres, AI models and prices, traffic and downloads, AI chips, and the stock market&apos;s weekly moves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources.&lt;/b&gt; The starter dataset is taken from five 2024 sell-side research reports (weekly computer-industry reports and a domestic AI compute report), which cite Wind, iFinD, Similarweb, 七麦数据, IDC and company announcements. Every row records its source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Map data.&lt;/b&gt; China province boundaries, the South China Sea inset and city coordinates come from Apache ECharts 4.9.0 (Apache License 2.0).&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;智算看板 %1&lt;/h3&gt;&lt;p&gt;跟踪中国 AI 市场与算力建设的看板：智算中心、AI 模型与价格、访问量与下载量、AI 芯片，以及股票市场的周度表现。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据来源。&lt;/b&gt;初始数据集取自五份 2024 年卖方研究报告（计算机行业周报与国产 AI 算力行业报告），其数据引自 Wind、iFinD、Similarweb、七麦数据、IDC 及公司公告。每一行都记录其来源。&lt;/p&gt;&lt;p&gt;&lt;b&gt;地图数据。&lt;/b&gt;中国省级边界、南海诸岛插图与城市坐标来自 Apache ECharts 4.9.0（Apache License 2.0）。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>图表已复制</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>将全部图表导出到</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张图表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <source>Export all charts of this page…</source>
        <translation>导出本页全部图表…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Weekly brief…</source>
        <translation>周报(&amp;W)…</translation>
    </message>
    <message>
        <source>Nothing to export: the chart is empty</source>
        <translation>没有可导出的内容：图表为空</translation>
    </message>
    <message>
        <source>Nothing to copy: the chart is empty</source>
        <translation>没有可复制的内容：图表为空</translation>
    </message>
    <message>
        <source>%1 arrived; waiting until it is completely written…</source>
        <translation>收到 %1；正在等待其写完…</translation>
    </message>
    <message>
        <source>Part of the store could not be read, so some of this window is empty: %1
Nothing was changed. Close the window and run “zhisuan check” in a terminal to see what is wrong; “zhisuan init” repairs what can be repaired.</source>
        <translation>数据库的部分内容无法读取，因此窗口中有些内容为空：%1
未作任何改动。请关闭窗口，在终端运行“zhisuan check”查看问题；“zhisuan init”可修复能修复的部分。</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Updated: data imported by another program (%1)</source>
        <translation>已更新：其他程序导入了数据（%1）</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>正在监视 %1</translation>
    </message>
    <message>
        <source>%1 imported: %2 rows — %3 inserted, %4 updated, %5 unchanged</source>
        <translation>%1 已导入：%2 行 — 新增 %3，更新 %4，未变 %5</translation>
    </message>
    <message>
        <source>%1 not imported yet: the store is busy; trying again</source>
        <translation>%1 尚未导入：数据库正忙，将重试</translation>
    </message>
    <message numerus="yes">
        <source>%1 rejected, nothing was imported (%n error(s)):</source>
        <translation>
            <numerusform>%1 被拒绝，未导入任何内容（%n 个错误）：</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>rejected %1 (the Data page lists the errors)</source>
        <translation>已拒绝 %1（错误列在“数据”页）</translation>
    </message>
    <message>
        <source>Inbox: %1.</source>
        <translation>收件文件夹：%1。</translation>
    </message>
    <message>
        <source>Part of the store could not be read, so some of this window is empty: %1
Nothing was changed.</source>
        <translation>数据库的部分内容无法读取，因此窗口中有些地方是空的：%1
未做任何改动。</translation>
    </message>
    <message>
        <source>Read-only: your role can read this team store, not import into it</source>
        <translation>只读：你的角色可以读取此团队数据库，但不能导入数据</translation>
    </message>
    <message>
        <source>%1 — trying again every 2 seconds; the pages keep what they show.</source>
        <translation>%1 —— 每 2 秒重试一次；各页面保留当前显示的内容。</translation>
    </message>
    <message>
        <source>Connected to the team store again (%1)</source>
        <translation>已重新连接团队数据库（%1）</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Store…</source>
        <translation>数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>CSV, text and Excel files (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV、文本和 Excel 文件 (*.csv *.txt *.tsv *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::MarketDashboard</name>
    <message>
        <source>Watchlist (%): %1</source>
        <translation>关注列表（%）：%1</translation>
    </message>
    <message>
        <source>%1 rose %2%</source>
        <translation>%1上涨 %2%</translation>
    </message>
    <message>
        <source>%1 fell %2%</source>
        <translation>%1下跌 %2%</translation>
    </message>
    <message>
        <source>outperforming %1 by %2 pcts</source>
        <translation>跑赢%1 %2pcts</translation>
    </message>
    <message>
        <source>underperforming %1 by %2 pcts</source>
        <translation>跑输%1 %2pcts</translation>
    </message>
    <message>
        <source>ranking %1 of %2 industries</source>
        <translation>位列全行业第 %1 名（共 %2 个行业）</translation>
    </message>
    <message>
        <source>Week %1: no index or industry returns for this week; see the watchlist and tables below.</source>
        <translation>%1 周：本周无指数或行业涨跌幅数据，请看下方关注列表与表格。</translation>
    </message>
    <message>
        <source>In the week %1, %2.</source>
        <translation>过去一周（%1）%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Tracked industry:</source>
        <translation>跟踪行业：</translation>
    </message>
    <message>
        <source>Lockups expiring within (days):</source>
        <translation>解禁时间范围（天内）：</translation>
    </message>
    <message>
        <source>No market data yet. Import weekly returns or daily quotes exported from Wind or iFinD (File ▸ Import…, Ctrl+I).</source>
        <translation>暂无行情数据。请导入从 Wind 或 iFinD 导出的周涨跌幅或日行情（文件 ▸ 导入…，Ctrl+I）。</translation>
    </message>
    <message>
        <source>Index and industry returns (%)</source>
        <translation>指数与行业周涨跌幅（%）</translation>
    </message>
    <message>
        <source>Industry ranking (%)</source>
        <translation>行业排名（%）</translation>
    </message>
    <message>
        <source>Top gainers of the industry</source>
        <translation>行业个股涨幅前五</translation>
    </message>
    <message>
        <source>Top losers of the industry</source>
        <translation>行业个股跌幅前五</translation>
    </message>
    <message>
        <source>Key stocks</source>
        <translation>重点关注个股</translation>
    </message>
    <message>
        <source>Upcoming lockup expiries</source>
        <translation>限售股解禁</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Return (%)</source>
        <translation>涨跌幅(%)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <source>Week low</source>
        <translation>周最低价</translation>
    </message>
    <message>
        <source>Week high</source>
        <translation>周最高价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>股价(元)</translation>
    </message>
    <message>
        <source>Weekly return (%)</source>
        <translation>周涨跌幅(%)</translation>
    </message>
    <message>
        <source>EPS %1</source>
        <translation>%1EPS</translation>
    </message>
    <message>
        <source>PE %1</source>
        <translation>%1PE</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>解禁日期</translation>
    </message>
    <message>
        <source>Shares (10k)</source>
        <translation>解禁数量（万股）</translation>
    </message>
    <message>
        <source>Market value (CNY 10k)</source>
        <translation>解禁市值（万元）</translation>
    </message>
    <message>
        <source>Total shares (10k)</source>
        <translation>总股本(万股)</translation>
    </message>
    <message>
        <source>Float A shares (10k)</source>
        <translation>流通A股(万股)</translation>
    </message>
    <message>
        <source>%1: weekly returns chained (start = 100)</source>
        <translation>%1：周涨跌幅连乘（起点 = 100）</translation>
    </message>
    <message>
        <source>%1: index level</source>
        <translation>%1：指数走势</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10% 分位</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90% 分位</translation>
    </message>
    <message>
        <source>%1: PE history</source>
        <translation>%1：历史市盈率</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source>History of %1: import its daily quotes (or more weekly returns) for the index line, and a PE(TTM) metric series (subject %2) for PE with percentile bands.</source>
        <translation>%1 的历史走势：导入其日行情（或更多周涨跌幅）可显示指数走势；导入 PE(TTM) 指标序列（对象 %2）可显示带分位线的历史市盈率。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <source>Benchmark indices</source>
        <translation>基准指数</translation>
    </message>
    <message>
        <source>Benchmarks…</source>
        <translation>基准指数…</translation>
    </message>
    <message>
        <source>Watchlist…</source>
        <translation>关注列表…</translation>
    </message>
    <message>
        <source>Loading the week…</source>
        <translation>正在加载本周数据…</translation>
    </message>
    <message>
        <source>Tracked industry: %1</source>
        <translation>跟踪行业：%1</translation>
    </message>
    <message>
        <source>%1 has no returns this week; its industry is followed through %2.</source>
        <translation>%1 本周无涨跌幅数据，该行业改以 %2 跟踪。</translation>
    </message>
    <message>
        <source>The market data could not be read, so nothing is shown here: %1</source>
        <translation>无法读取行情数据，因此此处不显示内容：%1</translation>
    </message>
    <message>
        <source> (as reported; %1 computed from the returns)</source>
        <translation>（报告值；按涨跌幅计算为 %1）</translation>
    </message>
    <message>
        <source>ranking %1 among the industries</source>
        <translation>位列全行业第 %1 名</translation>
    </message>
    <message>
        <source> (as reported; %1 computed)</source>
        <translation>（报告值；计算为第 %1 名）</translation>
    </message>
    <message>
        <source> (as reported)</source>
        <translation>（报告值）</translation>
    </message>
    <message>
        <source>%1: weekly returns chained (start = 100; restarts at 100 after weeks without data)</source>
        <translation>%1：周涨跌幅连乘（起点 = 100；缺周后从 100 重新起算）</translation>
    </message>
    <message>
        <source>Key stocks: earnings forecasts and valuation</source>
        <translation>重点公司盈利预测与估值</translation>
    </message>
    <message>
        <source>Key stocks: EPS and valuation</source>
        <translation>重点公司 EPS 与估值</translation>
    </message>
    <message>
        <source>%1 (as of %2, not this week)</source>
        <translation>%1（数据截至 %2，非本周）</translation>
    </message>
    <message>
        <source> (market values as of %1)</source>
        <translation>（解禁市值按 %1 股价计）</translation>
    </message>
    <message>
        <source> (as reported for the sector; the report names no index)</source>
        <translation>（报告值：报告称板块涨跌，未注明指数）</translation>
    </message>
    <message>
        <source>Days after week end</source>
        <translation>距本周末天数</translation>
    </message>
    <message>
        <source>Market charts and tables</source>
        <translation>行情图表与表格</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>%1 sector (no index named)</source>
        <translation>%1板块（报告未注明指数）</translation>
    </message>
    <message>
        <source>%1 sector</source>
        <translation>%1板块</translation>
    </message>
    <message>
        <source> (list as of %1, after this week: expiries from %2 to %1 are not in it)</source>
        <translation>（%1 的名单，晚于本周：不含 %2 至 %1 的解禁）</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::ModelsDashboard</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parameters (B), total / active</source>
        <translation>参数量（B），总 / 激活</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>上下文（tokens）</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>开源权重</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>API price (CNY / M tokens)</source>
        <translation>API 价格（元/百万 tokens，输入 / 输出）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Select models and benchmarks in the table to compare them</source>
        <translation>在表格中选择模型与评测以对比</translation>
    </message>
    <message>
        <source>Selected scores</source>
        <translation>所选得分</translation>
    </message>
    <message>
        <source>%1 against API output price (CNY per million tokens, log scale)</source>
        <translation>%1 与 API 输出价格（元/百万 tokens，对数坐标）</translation>
    </message>
    <message>
        <source>Output price, CNY per million tokens</source>
        <translation>输出价格（元/百万 tokens）</translation>
    </message>
    <message>
        <source>Pareto frontier: best score for the price</source>
        <translation>帕累托前沿：同等价格下最佳得分</translation>
    </message>
    <message>
        <source>No model has both a %1 score and an API price yet.</source>
        <translation>尚无同时具备 %1 得分与 API 价格的模型。</translation>
    </message>
    <message>
        <source>On %1, the best score for the price: %2.</source>
        <translation>%1 性价比前沿：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Models &amp; apps</source>
        <translation>模型与应用</translation>
    </message>
    <message>
        <source>Release timeline</source>
        <translation>发布时间线</translation>
    </message>
    <message>
        <source>Price vs capability</source>
        <translation>价格与能力</translation>
    </message>
    <message>
        <source>Traffic &amp;&amp; downloads</source>
        <translation>访问量与下载量</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>使用指标</translation>
    </message>
    <message>
        <source>Show events (policies, sanctions, outages)</source>
        <translation>显示事件（政策、制裁、故障）</translation>
    </message>
    <message>
        <source>Lanes: domestic / overseas</source>
        <translation>分组：国内 / 海外</translation>
    </message>
    <message>
        <source>Lanes: by vendor</source>
        <translation>分组：按厂商</translation>
    </message>
    <message>
        <source>Benchmark scores (darker = better within each benchmark)</source>
        <translation>评测得分（同一评测内颜色越深越好）</translation>
    </message>
    <message>
        <source>Weekly website visits (Similarweb)</source>
        <translation>网站周访问量（Similarweb）</translation>
    </message>
    <message>
        <source>Monthly app downloads</source>
        <translation>应用月下载量</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始</translation>
    </message>
    <message>
        <source>Week to</source>
        <translation>周截止</translation>
    </message>
    <message>
        <source>Visits (10k)</source>
        <translation>访问量（万次）</translation>
    </message>
    <message>
        <source>Week on week (%)</source>
        <translation>环比（%）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>新高</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>★ all-time high</source>
        <translation>★ 历史新高</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Downloads (10k)</source>
        <translation>下载量（万次）</translation>
    </message>
    <message>
        <source>Partial month</source>
        <translation>非完全统计</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Weekly visits (10k)</source>
        <translation>周访问量（万次）</translation>
    </message>
    <message>
        <source>Weekly visits become a chart once a site has two or more weeks on record: import Similarweb-style weekly exports (File ▸ Import…).</source>
        <translation>网站有两周及以上的数据后即以图表显示周访问量：请导入 Similarweb 类的周访问量数据（文件 ▸ 导入…）。</translation>
    </message>
    <message>
        <source>Click a release or an event. Wheel zooms the time range, dragging pans.</source>
        <translation>点击发布或事件查看详情。滚轮缩放时间范围，拖动平移。</translation>
    </message>
    <message>
        <source>%1: CNY %2 per million output tokens, %3 %4</source>
        <translation>%1：输出每百万 tokens %2 元，%3 %4</translation>
    </message>
    <message>
        <source>API prices (CNY per million tokens, latest of each model)</source>
        <translation>API 价格（元/百万 tokens，各模型最新）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Context (k tokens)</source>
        <translation>上下文（千 tokens）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 %2: no score</source>
        <translation>%1 %2：无得分</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 (×10)</source>
        <translation>%1（×10）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>[inferred]</source>
        <translation>[推断]</translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>推断：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Update, not a release</source>
        <translation>更新（非发布）</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <translation>上线微调</translation>
    </message>
    <message>
        <source>open-sourced</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>开放使用</translation>
    </message>
    <message>
        <source>%1E</source>
        <translation>%1E</translation>
    </message>
    <message>
        <source>Model views</source>
        <translation>模型视图</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>模型详情</translation>
    </message>
    <message>
        <source>Release timeline of models and events</source>
        <translation>模型发布与事件时间线</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Benchmark sources</source>
        <translation>评测来源</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between benchmarks</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Details (in Chinese)</source>
        <translation>详情（中文）</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::SecurityListDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The store&apos;s securities could not be read: %1</source>
        <translation>无法读取数据库中的证券：%1</translation>
    </message>
    <message>
        <source>Segment, e.g. 国产算力链</source>
        <translation>板块，如 国产算力链</translation>
    </message>
    <message>
        <source>“%1” is not a security in the store: pick one from the list as you type.</source>
        <translation>“%1”不是数据库中的证券：请在输入时从列表中选择。</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not in the store&apos;s securities: it is shown once its data is imported.</source>
        <translation>不在数据库的证券中：导入其数据后显示。</translation>
    </message>
    <message>
        <source>Code or name, e.g. %1 or %2</source>
        <translation>代码或名称，例如 %1 或 %2</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>代码或名称</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::StoreDialog</name>
    <message>
        <source>The server refused the login “%1”: the password is wrong, or there is none (type it here, or put it in ~/.pgpass).</source>
        <translation>服务器拒绝了用户“%1”的登录：密码错误或未提供密码（在此输入，或写入 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>The server has no database “%1”: check its name, or ask the administrator to create it.</source>
        <translation>服务器上没有数据库“%1”：请检查名称，或请管理员创建。</translation>
    </message>
    <message>
        <source>The server has no user “%1”: check the user name.</source>
        <translation>服务器上没有用户“%1”：请检查用户名。</translation>
    </message>
    <message>
        <source>The host name “%1” is not known: check it for typos.</source>
        <translation>无法识别主机名“%1”：请检查是否拼写有误。</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1, port %2: check the host and port, and that the server runs.</source>
        <translation>%1 的端口 %2 上没有 PostgreSQL 服务器应答：请检查主机和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The server does not let this computer in (pg_hba.conf): ask the administrator.</source>
        <translation>服务器不允许这台电脑连接（pg_hba.conf）：请联系管理员。</translation>
    </message>
    <message>
        <source>There is no store at %1 yet: using it creates a new store there, with the starter dataset.</source>
        <translation>%1 处还没有数据库：选用后将在此新建一个，并载入初始数据集。</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>（服务器的回复：%1）</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, store schema version %2. Your role may import and roll back (editor).</source>
        <translation>已连接：PostgreSQL %1，数据库结构版本 %2。您的角色可以导入和回滚（编辑者）。</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, store schema version %2. Your role may only read (reader): the window will not offer import or rollback.</source>
        <translation>已连接：PostgreSQL %1，数据库结构版本 %2。您的角色只能读取（读者）：窗口不提供导入和回滚。</translation>
    </message>
    <message>
        <source>A ZhiSuan store: SQLite %1, store schema version %2, writable.</source>
        <translation>智算看板数据库：SQLite %1，结构版本 %2，可写入。</translation>
    </message>
    <message>
        <source>A ZhiSuan store: SQLite %1, store schema version %2, read-only (the file cannot be written).</source>
        <translation>智算看板数据库：SQLite %1，结构版本 %2，只读（文件不可写）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>ZhiSuan stores (*.sqlite *.db);;All files (*)</source>
        <translation>智算看板数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite): one analyst</source>
        <translation>本机文件（SQLite）：单人使用</translation>
    </message>
    <message>
        <source>A team server (PostgreSQL): several analysts, one set of numbers</source>
        <translation>团队服务器（PostgreSQL）：多位分析师共用一套数据</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>留空：从 ~/.pgpass 或 PGPASSWORD 读取</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this store</source>
        <translation>使用此数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA certificate %1: this may not be your team&apos;s server. Nothing was opened. Check the CA file with the server&apos;s administrator; do not lower the TLS mode to get past this.</source>
        <translation>服务器的证书不是由 CA 证书 %1 签发的：这可能不是您团队的服务器。未打开任何数据库。请与服务器管理员核对 CA 文件；不要为了连上而降低 TLS 模式。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than “%1”: connect by the name the certificate gives (ask the administrator), or this may not be your team&apos;s server.</source>
        <translation>服务器的证书所属的主机名不是“%1”：请使用证书中的主机名连接（询问管理员），否则这可能不是您团队的服务器。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist: choose the file your administrator gave you (CA certificate).</source>
        <translation>CA 证书文件 %1 不存在：请选择管理员给您的文件（CA 证书）。</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, but this address requires it: ask the administrator to turn TLS on. The connection was not made unencrypted.</source>
        <translation>%1 上的服务器不提供 TLS，而此地址要求 TLS：请让管理员开启 TLS。未建立不加密的连接。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time (connect_timeout): check the network or a firewall.</source>
        <translation>%1 上的服务器未在时限（connect_timeout）内应答：请检查网络或防火墙。</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1) and the server proved it is %2 with a certificate signed by the CA in %3 (verify-full).</source>
        <translation>连接已加密（%1），服务器以 %3 中的 CA 签发的证书证明了它就是 %2（verify-full）。</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1) and the server&apos;s certificate is signed by the CA in %2, but its host name is not checked (verify-ca): use verify-full.</source>
        <translation>连接已加密（%1），服务器的证书由 %2 中的 CA 签发，但未核对其主机名（verify-ca）：请使用 verify-full。</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1), but the server&apos;s certificate was not checked (sslmode %2): anyone on the network path could pose as the server. Use verify-full with your team&apos;s CA certificate.</source>
        <translation>连接已加密（%1），但未核验服务器的证书（sslmode %2）：网络路径上的任何人都可以冒充该服务器。请使用 verify-full 并配上团队的 CA 证书。</translation>
    </message>
    <message>
        <source>The connection goes through a local socket (%1): it does not leave this computer and is not encrypted.</source>
        <translation>连接经由本地套接字（%1）：数据不离开本机，未加密。</translation>
    </message>
    <message>
        <source>The connection is NOT encrypted (sslmode %1): the data and the password cross the network in the clear. Use verify-full with your team&apos;s CA certificate.</source>
        <translation>连接未加密（sslmode %1）：数据和密码以明文经过网络。请使用 verify-full 并配上团队的 CA 证书。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Other options: libpq cannot read them (%1).</source>
        <translation>其他选项：libpq 无法读懂（%1）。</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt (libpq&apos;s default)</source>
        <translation>~/.postgresql/root.crt（libpq 的默认值）</translation>
    </message>
    <message>
        <source>Encrypted; the server must show a certificate signed by the CA in %1 that names this host. The right choice for a server reached over a network.</source>
        <translation>加密；服务器必须出示由 %1 中的 CA 签发、且写明此主机名的证书。经网络访问服务器时应选此项。</translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s certificate must be signed by the CA in %1, but its host name is not checked.</source>
        <translation>加密；服务器的证书必须由 %1 中的 CA 签发，但不核对其主机名。</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s certificate is not checked: anyone on the network path could pose as the server. Prefer verify-full.</source>
        <translation>加密，但不核验服务器的证书：网络路径上的任何人都可以冒充该服务器。建议使用 verify-full。</translation>
    </message>
    <message>
        <source>Never encrypted: only for a server on this computer or a network you trust.</source>
        <translation>从不加密：仅适用于本机上的服务器或您信任的网络。</translation>
    </message>
    <message>
        <source>As PGSSLMODE or a service file says, else libpq&apos;s “prefer”: encrypted only if the server offers it, and its certificate is not checked.</source>
        <translation>按 PGSSLMODE 或服务文件的设置，否则为 libpq 的“prefer”：仅在服务器提供时加密，且不核验其证书。</translation>
    </message>
    <message>
        <source>Encrypted only if the server offers it, and its certificate is not checked. Prefer verify-full.</source>
        <translation>仅在服务器提供时加密，且不核验其证书。建议使用 verify-full。</translation>
    </message>
    <message>
        <source>a server name, or a socket folder; empty: PGHOST or the local socket</source>
        <translation>服务器名或套接字文件夹；留空：PGHOST 或本地套接字</translation>
    </message>
    <message>
        <source>default (PGPORT, else 5432)</source>
        <translation>默认（PGPORT，否则 5432）</translation>
    </message>
    <message>
        <source>empty: PGDATABASE, else the user name</source>
        <translation>留空：PGDATABASE，否则为用户名</translation>
    </message>
    <message>
        <source>empty: PGUSER, else your login name</source>
        <translation>留空：PGUSER，否则为您的登录名</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>加密（TLS）：</translation>
    </message>
    <message>
        <source>default (PGSSLMODE, else prefer)</source>
        <translation>默认（PGSSLMODE，否则 prefer）</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable：从不加密</translation>
    </message>
    <message>
        <source>allow: encrypted if the server insists</source>
        <translation>allow：服务器要求时才加密</translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation>prefer：服务器提供时加密</translation>
    </message>
    <message>
        <source>require: encrypted, certificate not checked</source>
        <translation>require：加密，不核验证书</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate signed by the CA</source>
        <translation>verify-ca：加密，证书须由 CA 签发</translation>
    </message>
    <message>
        <source>verify-full: encrypted, CA and host name checked</source>
        <translation>verify-full：加密，核验 CA 与主机名</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>the CA file your administrator gave you (sslrootcert)</source>
        <translation>管理员给您的 CA 文件（sslrootcert）</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>其他选项：</translation>
    </message>
    <message>
        <source>libpq options, e.g. service=team application_name=…; or paste a whole address</source>
        <translation>libpq 选项，如 service=team application_name=…；也可粘贴完整地址</translation>
    </message>
    <message>
        <source>Ticked, the password is kept in this desktop&apos;s keyring, never in the settings file, and used next time; unticked, it is used until the program closes and forgotten. Or put it in ~/.pgpass.</source>
        <translation>勾选后，密码保存在本桌面的密钥环中（绝不写入设置文件），下次自动使用；不勾选则只用到程序关闭，随后遗忘。也可以写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>No keyring service answers on this desktop (%1), so a password cannot be remembered: one typed here is used until the program closes and never saved. To keep one, put it in ~/.pgpass.</source>
        <translation>本桌面没有可用的密钥环服务（%1），因此无法记住密码：在此输入的密码只用到程序关闭，绝不保存。如需长期保存，请写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>empty: the one kept in the keyring</source>
        <translation>留空：使用密钥环中保存的密码</translation>
    </message>
    <message>
        <source>Remember in the keyring</source>
        <translation>在密钥环中记住</translation>
    </message>
</context>
<context>
    <name>zhisuan::app::WeeklyBriefDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Open the PDF when it is written</source>
        <translation>写完后打开 PDF</translation>
    </message>
    <message>
        <source>Weekly brief</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Any day of the week:</source>
        <translation>该周任意一天：</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>PDF 文件：</translation>
    </message>
    <message>
        <source>Write brief</source>
        <translation>生成周报</translation>
    </message>
    <message>
        <source>Week of %1 to %2; market data for %3.</source>
        <translation>%1 至 %2 当周；行情数据：%3。</translation>
    </message>
    <message>
        <source>Week of %1 to %2; no market data for this week: the market sections will say so.</source>
        <translation>%1 至 %2 当周；本周没有行情数据，市场相关章节会注明。</translation>
    </message>
    <message>
        <source>zhisuan-brief-%1.pdf</source>
        <translation>智算看板周报-%1.pdf</translation>
    </message>
    <message>
        <source>Write the weekly brief</source>
        <translation>写入周报</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No PDF viewer is set up to open it.</source>
        <translation>系统未设置可打开它的 PDF 阅读器。</translation>
    </message>
    <message>
        <source>Optional: your view of the week, printed in a box on the first page above the key points. Separate paragraphs with a blank line.</source>
        <translation>可选：您对本周的看法，印在首页核心观点上方的方框中。段落之间空一行。</translation>
    </message>
    <message>
        <source>Our view:</source>
        <translation>本周观点：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Editable copy, OpenDocument text (*.odt)</source>
        <translation>PDF 文件 (*.pdf);;可编辑副本，OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Optional: printed on the title, header and footer</source>
        <translation>可选：印在标题、页眉和页脚上</translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation>机构名称：</translation>
    </message>
    <message>
        <source>Risk disclosure:</source>
        <translation>风险提示：</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::BenchmarkBarChartView</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::ChartAccessibility</name>
    <message>
        <source>Show data table</source>
        <translation>显示数据表</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1：无数据。</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3.</source>
        <translation>%1：共 %2 行，列为%3。</translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation>%1：%2 %3。</translation>
    </message>
    <message>
        <source>Highest %1: %2 %3; lowest: %4 %5.</source>
        <translation>%1最高：%2 %3；最低：%4 %5。</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>日期：%1。</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>期间：%1 至 %2。</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::ChinaMapView</name>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation>南海诸岛</translation>
    </message>
    <message>
        <source>Bubble area: current %1 (dashed ring: planned)</source>
        <translation>气泡面积：现有 %1（虚线圈：规划）</translation>
    </message>
    <message>
        <source>Heavy outline: over %1, drawn at this size and labelled</source>
        <translation>粗边框：超过 %1，按此大小绘制并标注数值</translation>
    </message>
    <message>
        <source>Area: current %1</source>
        <translation>面积：当前 %1</translation>
    </message>
    <message>
        <source>Dashed: planned; heavy: over %1</source>
        <translation>虚线：规划；粗边：超过 %1</translation>
    </message>
    <message>
        <source>%1 (inferred ecosystem: the detail panel says why)</source>
        <translation>%1（芯片生态为推断，详见右侧详情）</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>算力中心</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>现有（%1）</translation>
    </message>
    <message>
        <source>Planned (%1)</source>
        <translation>规划（%1）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>%1 (one value)</source>
        <translation>%1（仅一个值）</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 or more (to %2)</source>
        <translation>%1 及以上（最高 %2）</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::DataTableDialog</name>
    <message>
        <source>Data table: %1</source>
        <translation>数据表：%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::EfficiencyScatterView</name>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::ExportOptionsDialog</name>
    <message>
        <source>Transparent background (PNG)</source>
        <translation>透明背景（PNG）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation>缩放倍数（PNG）：</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>{page}, {chart} and {date} are replaced by the page, the chart id and the date: for a market chart the week it shows (2024-07-22_26), else today&apos;s date.</source>
        <translation>{page}、{chart} 和 {date} 分别替换为页面、图表编号和日期：市场图表为其显示的周（2024-07-22_26），其他为当天日期。</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::HistoryChartView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>restarts at %1</source>
        <translation>从 %1 重新起算</translation>
    </message>
    <message>
        <source>Selected week, %1 to %2</source>
        <translation>所选周：%1 至 %2</translation>
    </message>
    <message>
        <source>Selected week, %1</source>
        <translation>所选周：%1</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::ImportWizardDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Week containing:</source>
        <translation>所属周（含该日）：</translation>
    </message>
    <message>
        <source>For weekly files that say nowhere which week they cover</source>
        <translation>用于未注明所属周的周度文件</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Preview (first %1 rows; cells that fail validation are red)</source>
        <translation>预览（前 %1 行；未通过校验的单元格标红）</translation>
    </message>
    <message>
        <source>Save mapping as preset…</source>
        <translation>将映射保存为预设…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>GB18030 / GBK</source>
        <translation>GB18030 / GBK</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根据表头判断</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Read as &lt;b&gt;%1&lt;/b&gt;, encoding &lt;b&gt;%2&lt;/b&gt;, delimiter &lt;b&gt;%3&lt;/b&gt;, header on line &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>识别为&lt;b&gt;%1&lt;/b&gt;，编码 &lt;b&gt;%2&lt;/b&gt;，分隔符 &lt;b&gt;%3&lt;/b&gt;，表头在第 &lt;b&gt;%4&lt;/b&gt; 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in the preview fail validation: the file would be rejected as it is.</source>
        <translation>
            <numerusform>预览中有 %n 个单元格未通过校验：按现状该文件将被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(value column “%1”)</source>
        <translation>（数值列“%1”）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>(edited mapping)</source>
        <translation>（已编辑的映射）</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Name for this column mapping (choose it later for files of the same layout):</source>
        <translation>为该列映射命名（以后导入同样格式的文件时选用）：</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in red hold numbers this kind does not store: map each to a field or choose “(not imported)” before importing.</source>
        <translation>
            <numerusform>红色的 %n 列含有此类数据不存储的数值：导入前请将每列映射到字段，或选择“（不导入）”。</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose: numbers not imported yet)</source>
        <translation>（请选择：数值尚未导入）</translation>
    </message>
    <message>
        <source>This column holds numbers that “%1” does not store. Map it to a field, or choose “(not imported)” to leave them out.</source>
        <translation>此列的数值“%1”不存储。请将其映射到字段，或选择“（不导入）”略过。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import; choose one to preview it</source>
        <translation>要导入的工作表；选择后可预览</translation>
    </message>
    <message>
        <source>The sheet with a known header</source>
        <translation>表头可识别的工作表</translation>
    </message>
    <message>
        <source>Read as &lt;b&gt;%1&lt;/b&gt; from the sheet &lt;b&gt;%2&lt;/b&gt; of the workbook (%3), header on row &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>按&lt;b&gt;%1&lt;/b&gt;读取工作簿（%3）中的工作表&lt;b&gt;%2&lt;/b&gt;，表头在第 &lt;b&gt;%4&lt;/b&gt; 行。</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::PriceScatterView</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::QueryTableModel</name>
    <message>
        <source>In an inferred row: %1</source>
        <translation>所在行含推断值：%1</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>推断：%1</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::ReturnBarChartView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::TableDelegate</name>
    <message>
        <source>NM</source>
        <comment>a negative PE, not meaningful</comment>
        <translation>负</translation>
    </message>
    <message>
        <source>NM: not meaningful (negative earnings); —: no figure.</source>
        <translation>负：每股收益为负，市盈率无意义；—：无数据。</translation>
    </message>
    <message>
        <source>NM: not meaningful (negative earnings).</source>
        <translation>负：每股收益为负，市盈率无意义。</translation>
    </message>
    <message>
        <source>—: no figure.</source>
        <translation>—：无数据。</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::TablePanel</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the rows shown as Excel (.xlsx) or CSV</source>
        <translation>将当前显示的行保存为 Excel (.xlsx) 或 CSV</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::TimelineView</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <source>+%n not labelled, see the data table</source>
        <translation>
            <numerusform>另有 %n 项未标注名称，见数据表</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1, %2, event.</source>
        <translation>已选中：%1，%2，事件。</translation>
    </message>
    <message>
        <source>Selected: %1, %2, %3, %4.</source>
        <translation>已选中：%1，%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>+%n not labelled: hover, ←/→ or the data table</source>
        <translation>
            <numerusform>另有 %n 项未标注名称：悬停、按 ←/→ 或见数据表</numerusform>
        </translation>
    </message>
</context>
</TS>
