#include "vocabulary.h"

#include "localnames.h"

#include <QCoreApplication>
#include <QLocale>

namespace zhisuan::app {

QHash<QString, QString> Vocabulary::labels()
{
    static const std::pair<const char *, const char *> codes[] = {
        {"stock", QT_TRANSLATE_NOOP("Vocabulary", "Stock")},
        {"index", QT_TRANSLATE_NOOP("Vocabulary", "Index")},
        {"industry", QT_TRANSLATE_NOOP("Vocabulary", "Industry")},
        {"operational", QT_TRANSLATE_NOOP("Vocabulary", "Operational")},
        {"partial", QT_TRANSLATE_NOOP("Vocabulary", "Partly built")},
        {"construction", QT_TRANSLATE_NOOP("Vocabulary", "Under construction")},
        {"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
        {"ascend", QT_TRANSLATE_NOOP("Vocabulary", "Ascend")},
        {"hygon", QT_TRANSLATE_NOOP("Vocabulary", "Hygon")},
        {"cambricon", QT_TRANSLATE_NOOP("Vocabulary", "Cambricon")},
        {"nvidia", QT_TRANSLATE_NOOP("Vocabulary", "NVIDIA")},
        {"kunlun", QT_TRANSLATE_NOOP("Vocabulary", "Kunlunxin")},
        {"mixed", QT_TRANSLATE_NOOP("Vocabulary", "Mixed")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
        {"parsed", QT_TRANSLATE_NOOP("Vocabulary", "Parsed")},
        {"reported", QT_TRANSLATE_NOOP("Vocabulary", "Reported (the source says so)")},
        {"derived", QT_TRANSLATE_NOOP("Vocabulary", "Derived (computed from reported figures)")},
        {"inferred", QT_TRANSLATE_NOOP("Vocabulary", "Inferred (an analyst's judgement)")},
        {"not_capacity", QT_TRANSLATE_NOOP("Vocabulary", "Not a capacity (kept as text)")},
        {"missing", QT_TRANSLATE_NOOP("Vocabulary", "No figure")},
        {"text", QT_TRANSLATE_NOOP("Vocabulary", "Text")},
        {"multimodal", QT_TRANSLATE_NOOP("Vocabulary", "Multimodal")},
        {"image", QT_TRANSLATE_NOOP("Vocabulary", "Image")},
        {"video", QT_TRANSLATE_NOOP("Vocabulary", "Video")},
        {"vision", QT_TRANSLATE_NOOP("Vocabulary", "Vision")},
        {"audio", QT_TRANSLATE_NOOP("Vocabulary", "Audio")},
        {"code", QT_TRANSLATE_NOOP("Vocabulary", "Code")},
        {"domestic", QT_TRANSLATE_NOOP("Vocabulary", "Domestic")},
        {"overseas", QT_TRANSLATE_NOOP("Vocabulary", "Overseas")},
        {"policy", QT_TRANSLATE_NOOP("Vocabulary", "Policy")},
        {"sanction", QT_TRANSLATE_NOOP("Vocabulary", "Sanction")},
        {"product", QT_TRANSLATE_NOOP("Vocabulary", "Product")},
        {"earnings", QT_TRANSLATE_NOOP("Vocabulary", "Earnings")},
        {"outage", QT_TRANSLATE_NOOP("Vocabulary", "Outage")},
        {"market", QT_TRANSLATE_NOOP("Vocabulary", "Market")},
        {"android", QT_TRANSLATE_NOOP("Vocabulary", "Android")},
        {"ios", QT_TRANSLATE_NOOP("Vocabulary", "iOS")},
        {"all", QT_TRANSLATE_NOOP("Vocabulary", "All platforms")},
        // What a chip is for, as the chip table prints it.
        {"训练", QT_TRANSLATE_NOOP("Vocabulary", "Training")},
        {"推理", QT_TRANSLATE_NOOP("Vocabulary", "Inference")},
        {"训练+推理", QT_TRANSLATE_NOOP("Vocabulary", "Training + inference")},
    };
    QHash<QString, QString> labels;
    for (const auto &[code, label] : codes)
        labels.insert(QString::fromUtf8(code), QCoreApplication::translate("Vocabulary", label));
    return labels;
}

QString Vocabulary::name(const QString &stored)
{
    // Source: the English name (translated back into Chinese in zhisuan_zh_CN.ts, so a Chinese page is unchanged).
    static const std::pair<const char *, const char *> names[] = {
        // Indices and industries of the weekly reports.
        {"上证综指", QT_TRANSLATE_NOOP("Names", "SSE Composite")},
        {"上证指数", QT_TRANSLATE_NOOP("Names", "SSE Composite")},
        {"深证成指", QT_TRANSLATE_NOOP("Names", "SZSE Component")},
        {"创业板指", QT_TRANSLATE_NOOP("Names", "ChiNext")},
        {"沪深300", QT_TRANSLATE_NOOP("Names", "CSI 300")},
        {"中小板指", QT_TRANSLATE_NOOP("Names", "SZSE SME")},
        {"科创50", QT_TRANSLATE_NOOP("Names", "STAR 50")},
        {"计算机(申万)", QT_TRANSLATE_NOOP("Names", "Computers (SW)")},
        {"计算机(中信)", QT_TRANSLATE_NOOP("Names", "Computers (CITIC)")},
        // The default watchlist's segments (MarketAnalytics::defaultWatchlist; a user's own stay as typed).
        {"国产算力链", QT_TRANSLATE_NOOP("Names", "Domestic compute chain")},
        {"云计算", QT_TRANSLATE_NOOP("Names", "Cloud computing")},
        // The energy-efficiency rule the chips are judged by.
        {"服务器GPU能效“领跑者”", QT_TRANSLATE_NOOP("Names", "the server-GPU efficiency “front-runner” level")},
        // Metrics of the compute and model reports.
        {"AI 收入占比", QT_TRANSLATE_NOOP("Names", "AI share of revenue")},
        {"AI 生成结果占比", QT_TRANSLATE_NOOP("Names", "AI-generated share of results")},
        {"半年营收", QT_TRANSLATE_NOOP("Names", "Half-year revenue")},
        {"国内智算中心市场份额", QT_TRANSLATE_NOOP("Names", "Share of China's AI compute centres")},
        {"备案上线大模型数", QT_TRANSLATE_NOOP("Names", "Registered large models online")},
        {"大模型平台市场份额", QT_TRANSLATE_NOOP("Names", "Model platform market share")},
        {"大模型新增投入", QT_TRANSLATE_NOOP("Names", "New investment in large models")},
        {"季度营收", QT_TRANSLATE_NOOP("Names", "Quarterly revenue")},
        {"安卓累计下载量", QT_TRANSLATE_NOOP("Names", "Android downloads to date")},
        {"市场空间", QT_TRANSLATE_NOOP("Names", "Addressable market")},
        {"市场规模", QT_TRANSLATE_NOOP("Names", "Market size")},
        {"广告营收", QT_TRANSLATE_NOOP("Names", "Advertising revenue")},
        {"所需 H100 数量", QT_TRANSLATE_NOOP("Names", "H100s needed")},
        {"日均分发量", QT_TRANSLATE_NOOP("Names", "Daily distributions")},
        {"日均处理 Tokens", QT_TRANSLATE_NOOP("Names", "Tokens processed a day")},
        {"日均调用量", QT_TRANSLATE_NOOP("Names", "Daily calls")},
        {"服务企业客户数", QT_TRANSLATE_NOOP("Names", "Enterprise customers served")},
        {"每秒输出 token", QT_TRANSLATE_NOOP("Names", "Output tokens per second")},
        {"注册用户数", QT_TRANSLATE_NOOP("Names", "Registered users")},
        {"累计 AI 用户数", QT_TRANSLATE_NOOP("Names", "AI users to date")},
    };
    static const QHash<QString, const char *> byName = [] {
        QHash<QString, const char *> h;
        for (const auto &[chinese, english] : names)
            h.insert(QString::fromUtf8(chinese), english);
        return h;
    }();
    const auto it = byName.constFind(stored);
    // Else a company, stock, model or place by its well-known English name; a name with none stays as stored.
    return it == byName.cend() ? db::LocalNames::show(stored) : QCoreApplication::translate("Names", it.value());
}

QString Vocabulary::name(const QString &stored, const QString &english)
{
    const QString picked = db::LocalNames::pick(stored, english);
    return picked == stored ? name(stored) : picked;
}

QString Vocabulary::sentences(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return tidy(kept.join(chinese ? QString() : QStringLiteral(" ")));
}

QString Vocabulary::tidy(const QString &text)
{
    if (QLocale().language() != QLocale::Chinese)
        return text;
    const auto han = [](QChar c) { return c.script() == QChar::Script_Han; };
    // Full-width punctuation: 。，、；：？！ and the brackets and quotes of CJK Symbols and Halfwidth and Fullwidth Forms.
    const auto fullWidth = [](QChar c) { return (c.unicode() >= 0x3000 && c.unicode() <= 0x303f) || (c.unicode() >= 0xff00 && c.unicode() <= 0xff65)
                                                || c == u'“' || c == u'”' || c == u'‘' || c == u'’' || c == u'…' || c == u'—'; };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && !out.isEmpty() && i + 1 < text.size()) {
            const QChar before = out.back(), after = text.at(i + 1);
            // A name in ASCII brackets ends in Chinese when its last letter before ")" does: 计算机(中信).
            const bool chineseBefore = han(before) || fullWidth(before) || (before == u')' && out.size() >= 2 && han(out.at(out.size() - 2)));
            const bool chineseAfter = han(after) || fullWidth(after);
            if (fullWidth(before) || fullWidth(after) || (chineseBefore && chineseAfter))
                continue;
        }
        out += c;
    }
    return out;
}

} // namespace zhisuan::app
