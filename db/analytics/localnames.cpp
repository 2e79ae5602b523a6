#include "localnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace zhisuan::db::LocalNames {

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

} // namespace

QString chipEnglish(const QString &model)
{
    // Product lines the vendors sell under an English name, then words the reports add ("系列": a series).
    static const std::pair<const char *, const char *> terms[] = {
        {"昇腾", "Ascend "},      // Huawei
        {"云燧", "CloudBlazer "}, // Enflame
        {"深算一号", "DCU Shensuan-1"}, // Hygon
        {"深算二号", "DCU Shensuan-2"},
        {"昆仑芯", "Kunlunxin "}, // Baidu
        {"思元", "MLU"},          // Cambricon sells 思元370 as MLU370
        {"系列", " series"},
    };
    QString out = model;
    for (const auto &[chinese, english] : terms)
        out.replace(QString::fromUtf8(chinese), QString::fromUtf8(english));
    out = out.simplified();
    // Anything still Chinese has no English name we know: keep the model as stored rather than a half-translation.
    return hasHan(out) ? model : out;
}

QString english(const QString &stored)
{
    // Only names with an English form the companies use themselves (annual reports, products sold in English);
    // a name missing here is shown in Chinese, once, never half-translated.
    static const std::pair<const char *, const char *> names[] = {
        // Stocks the reports and watchlists name.
        {"英伟达", "NVIDIA"}, {"英特尔", "Intel"}, {"微软", "Microsoft"}, {"亚马逊", "Amazon"}, {"苹果", "Apple"},
        {"谷歌", "Google"}, {"台积电", "TSMC"}, {"商汤", "SenseTime"}, {"商汤科技", "SenseTime"},
        {"龙芯中科", "Loongson"}, {"寒武纪", "Cambricon"}, {"海光信息", "Hygon"}, {"景嘉微", "Jingjia Micro"},
        {"中科曙光", "Sugon"}, {"浪潮信息", "Inspur"}, {"科大讯飞", "iFlytek"}, {"恒生电子", "Hundsun"},
        {"深信服", "Sangfor"}, {"用友网络", "Yonyou"}, {"广联达", "Glodon"}, {"启明星辰", "Venustech"},
        {"奇安信", "Qi An Xin"}, {"四维图新", "NavInfo"}, {"纳思达", "Ninestar"}, {"卫宁健康", "Winning Health"},
        {"石基信息", "Shiji"}, {"金山办公", "Kingsoft Office"}, {"中际旭创", "Innolight"}, {"工业富联", "Foxconn Industrial Internet"},
        {"首都在线", "Capitalonline"}, {"青云科技", "QingCloud"}, {"星环科技", "Transwarp"},
        // Companies and operators.
        {"华为", "Huawei"}, {"百度", "Baidu"}, {"腾讯", "Tencent"}, {"阿里巴巴", "Alibaba"}, {"阿里云", "Alibaba Cloud"},
        {"字节跳动", "ByteDance"}, {"快手", "Kuaishou"}, {"中国移动", "China Mobile"}, {"中国电信", "China Telecom"},
        {"中国联通", "China Unicom"}, {"百度智能云", "Baidu AI Cloud"}, {"月之暗面", "Moonshot AI"},
        {"深度求索", "DeepSeek"}, {"智谱AI", "Zhipu AI"}, {"百川智能", "Baichuan"}, {"阶跃星辰", "StepFun"},
        // Models and apps sold under an English name.
        {"通义千问", "Tongyi Qianwen"}, {"文心一言", "ERNIE Bot"}, {"文心大模型", "ERNIE"}, {"智谱清言", "Zhipu Qingyan"},
        {"讯飞星火", "iFlytek Spark"}, {"豆包", "Doubao"}, {"元宝", "Yuanbao"}, {"Kimi智能助手", "Kimi"},
        {"可灵", "Kling"}, {"日日新", "SenseNova"}, {"混元", "Hunyuan"}, {"盘古", "Pangu"},
        // Provinces and the cities the centres are in, as the map and the centre table name them.
        {"北京", "Beijing"}, {"上海", "Shanghai"}, {"天津", "Tianjin"}, {"重庆", "Chongqing"}, {"广东", "Guangdong"},
        {"深圳", "Shenzhen"}, {"广州", "Guangzhou"}, {"浙江", "Zhejiang"}, {"杭州", "Hangzhou"}, {"江苏", "Jiangsu"},
        {"南京", "Nanjing"}, {"山东", "Shandong"}, {"青岛", "Qingdao"}, {"河南", "Henan"}, {"郑州", "Zhengzhou"},
        {"河北", "Hebei"}, {"湖北", "Hubei"}, {"武汉", "Wuhan"}, {"湖南", "Hunan"}, {"长沙", "Changsha"},
        {"四川", "Sichuan"}, {"成都", "Chengdu"}, {"贵州", "Guizhou"}, {"贵阳", "Guiyang"}, {"内蒙古", "Inner Mongolia"},
        {"宁夏", "Ningxia"}, {"甘肃", "Gansu"}, {"新疆", "Xinjiang"}, {"福建", "Fujian"}, {"安徽", "Anhui"},
        {"江西", "Jiangxi"}, {"辽宁", "Liaoning"}, {"吉林", "Jilin"}, {"黑龙江", "Heilongjiang"}, {"哈尔滨", "Harbin"},
        {"山西", "Shanxi"}, {"陕西", "Shaanxi"}, {"西安", "Xi'an"}, {"云南", "Yunnan"}, {"广西", "Guangxi"},
        {"海南", "Hainan"}, {"青海", "Qinghai"}, {"西藏", "Tibet"}, {"台湾", "Taiwan"}, {"香港", "Hong Kong"}, {"澳门", "Macao"},
    };
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> h;
        for (const auto &[chinese, name] : names)
            h.insert(QString::fromUtf8(chinese), QString::fromUtf8(name));
        return h;
    }();
    const QString name = stored.trimmed();
    if (const auto it = byName.constFind(name); it != byName.cend())
        return it.value();
    // "ERNIE-4.0(文心一言)", "日日新5.0(SenseNova 5.0)": the reports give the English name beside the Chinese one.
    static const QRegularExpression alias(QStringLiteral("^([^(（]+)[(（]([^)）]+)[)）]$"));
    if (const auto m = alias.match(name); m.hasMatch()) {
        const QString outside = m.captured(1).trimmed(), inside = m.captured(2).trimmed();
        if (!hasHan(outside) && hasHan(inside))
            return outside;
        if (hasHan(outside) && !hasHan(inside))
            return inside;
    }
    // A model series the vendor sells under an English name, with its version: 通义千问2.5 → Qwen2.5.
    static const std::pair<const char *, const char *> series[] = {
        {"通义千问", "Qwen"}, {"日日新", "SenseNova "}, {"源", "Yuan"}, {"Kimi智能助手", "Kimi"},
    };
    for (const auto &[chinese, english] : series) {
        const QString prefix = QString::fromUtf8(chinese);
        if (!name.startsWith(prefix))
            continue;
        QString out = QString::fromUtf8(english) + name.mid(prefix.size());
        out.replace(QString::fromUtf8("量化版"), QStringLiteral("quantised"));
        out = out.simplified();
        return hasHan(out) ? QString() : out;
    }
    return {};
}

QString sourceEnglish(const QString &source)
{
    // The brokers and report series of the seed and of Wind/iFinD exports, longest first (计算机行业周报 before 计算机周报).
    static const std::pair<const char *, const char *> terms[] = {
        {"智能算力产业发展白皮书", "White Paper on Intelligent Computing Industry Development"},
        {"国产AI算力行业报告", "Domestic AI Compute Industry Report"},
        {"计算机行业周报", "Computer Industry Weekly"},
        {"计算机周报", "Computer Weekly"},
        {"算力周跟踪", "Compute Weekly Tracker"},
        {"民生证券", "Minsheng Securities"},
        {"东方证券", "Orient Securities"},
        {"东吴证券", "Soochow Securities"},
        {"华福证券", "Huafu Securities"},
        {"万得", "Wind"},
        {"同花顺", "iFinD"},
        // Primary sources the reports state for a figure or table (数据来源：公司官网，东吴证券研究所).
        {"公司官网", "company websites"},
        {"七麦数据", "Qimai Data"},
        // A range of days (SourceCatalog::shorten: "2024-07-22 至 07-26").
        {" 至 ", " to "},
        // Where in the report: 表1 → Table 1, 图表5 and 图8 → Figure 5, 8 (a table's Source column names them).
        {"市场回顾", "market review"},
        {"图表", "Figure "},
        {"表", "Table "},
        {"图", "Figure "},
        {"（", " ("},
        {"）", ")"},
        {"，", ", "},
        {"；", "; "},
        {"：", ": "},
        {"、", ", "},
    };
    QString out = source;
    for (const auto &[chinese, name] : terms)
        out.replace(QString::fromUtf8(chinese), QString::fromUtf8(name));
    out = out.simplified();
    out.replace(QStringLiteral("( "), QStringLiteral("("));
    return hasHan(out) ? source : out;
}

QString show(const QString &stored, const QLocale &locale)
{
    return pick(stored, english(stored), locale);
}

QString showSource(const QString &source, const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? source : sourceEnglish(source);
}

QString showNote(const QString &note, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese || note.isEmpty())
        return note;
    if (note == QStringLiteral("芯片生态按合作方推断"))
        return QCoreApplication::translate("LocalNames", "chip ecosystem inferred from the partner or tenant");
    static const QRegularExpression domain(QStringLiteral("^域名 (\\S+) 非报告所载，为分析师补充$"));
    static const QRegularExpression codeAdded(QStringLiteral("^证券代码 (\\S+) 非报告所载，为分析师按交易所公开信息补充$"));
    static const QRegularExpression codeFrom(QStringLiteral("^证券代码 (\\S+) 见 (.+)$"));
    if (const auto m = domain.match(note); m.hasMatch())
        return QCoreApplication::translate("LocalNames", "domain %1 is not in the report: added by the analyst").arg(m.captured(1));
    if (const auto m = codeAdded.match(note); m.hasMatch())
        return QCoreApplication::translate("LocalNames", "code %1 is not in the report: added by the analyst from the exchange's public listing")
            .arg(m.captured(1));
    if (const auto m = codeFrom.match(note); m.hasMatch())
        if (const QString source = sourceEnglish(m.captured(2)); !hasHan(source))
            return QCoreApplication::translate("LocalNames", "code %1 from %2").arg(m.captured(1), source);
    return note;
}

QString showPhase(const QString &label, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese || label.isEmpty())
        return label;
    // The words capacityparser.cpp reads as a phase, longest first where one begins another.
    static const QList<std::pair<QString, const char *>> words{
        {QStringLiteral("一期建设"), QT_TRANSLATE_NOOP("LocalNames", "Phase 1 build-out")},
        {QStringLiteral("一期规划"), QT_TRANSLATE_NOOP("LocalNames", "Phase 1 plan")},
        {QStringLiteral("一期"), QT_TRANSLATE_NOOP("LocalNames", "Phase 1")},
        {QStringLiteral("二期"), QT_TRANSLATE_NOOP("LocalNames", "Phase 2")},
        {QStringLiteral("三期"), QT_TRANSLATE_NOOP("LocalNames", "Phase 3")},
        {QStringLiteral("训练系统"), QT_TRANSLATE_NOOP("LocalNames", "training system")},
        {QStringLiteral("推理系统"), QT_TRANSLATE_NOOP("LocalNames", "inference system")},
        {QStringLiteral("训练"), QT_TRANSLATE_NOOP("LocalNames", "training")},
        {QStringLiteral("推理"), QT_TRANSLATE_NOOP("LocalNames", "inference")},
        {QStringLiteral("短期"), QT_TRANSLATE_NOOP("LocalNames", "near term")},
        {QStringLiteral("远期"), QT_TRANSLATE_NOOP("LocalNames", "long term")},
        {QStringLiteral("最终"), QT_TRANSLATE_NOOP("LocalNames", "final")},
        {QStringLiteral("后期"), QT_TRANSLATE_NOOP("LocalNames", "later phase")},
        {QStringLiteral("总体"), QT_TRANSLATE_NOOP("LocalNames", "overall")},
        {QStringLiteral("完全建成"), QT_TRANSLATE_NOOP("LocalNames", "when complete")},
        {QStringLiteral("建成后"), QT_TRANSLATE_NOOP("LocalNames", "when built")},
        {QStringLiteral("计划"), QT_TRANSLATE_NOOP("LocalNames", "plan")},
        {QStringLiteral("规划"), QT_TRANSLATE_NOOP("LocalNames", "plan")},
        {QStringLiteral("可达"), QT_TRANSLATE_NOOP("LocalNames", "up to")},
    };
    static const QRegularExpression byYear(QStringLiteral("^(\\d{2}|\\d{4})\\s*年达$"));
    QStringList shown;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString english;
        for (const auto &[chinese, text] : words)
            if (word == chinese)
                english = QCoreApplication::translate("LocalNames", text);
        if (const auto m = byYear.match(word); english.isEmpty() && m.hasMatch()) {
            const int year = m.captured(1).toInt();
            english = QCoreApplication::translate("LocalNames", "by %1").arg(year < 100 ? 2000 + year : year);
        }
        if (english.isEmpty())
            return label;
        shown << english;
    }
    return shown.join(QLatin1Char(' '));
}

QString pick(const QString &stored, const QString &english, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese || english.trimmed().isEmpty())
        return stored;
    return english;
}

} // namespace zhisuan::db::LocalNames
