#include "localnames.h"

#include <utility>

namespace zhisuan::db::LocalNames {

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
    for (const QChar c : std::as_const(out))
        if (c.script() == QChar::Script_Han)
            return model;
    return out;
}

QString pick(const QString &stored, const QString &english, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese || english.trimmed().isEmpty())
        return stored;
    return english;
}

} // namespace zhisuan::db::LocalNames
