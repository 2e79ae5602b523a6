#include "vocabulary.h"

#include <QCoreApplication>

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
    };
    QHash<QString, QString> labels;
    for (const auto &[code, label] : codes)
        labels.insert(QString::fromLatin1(code), QCoreApplication::translate("Vocabulary", label));
    return labels;
}

} // namespace zhisuan::app
