#include "importkind.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zhisuan::db {

int ImportKind::field(const QString &key) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].key == key)
            return i;
    return -1;
}

void ImportKind::check(ImportRecord &record, QList<RowProblem> &problems) const
{
    if (checkRow)
        checkRow(record, problems);
    if (confidence < 0)
        return;
    const QString level = valueToString(record[confidence]);
    const bool inferred = level == QLatin1String("inferred");
    if (inferred && isMissing(record[confidenceNote]))
        problems.append({confidenceNote, QCoreApplication::translate("ImportKind", "expected the reason for the inference, found an empty cell")});
    if (inferredFields < 0 || isMissing(record[inferredFields]))
        return;
    if (!inferred) {
        problems.append({inferredFields, QCoreApplication::translate("ImportKind", "names inferred fields, but the row's confidence is “%1”, not inferred")
                                             .arg(level.isEmpty() ? QStringLiteral("—") : level)});
        return;
    }
    // "ecosystem, ticker" or "芯片生态、证券代码": each a field of this kind, by key or any of its headers.
    static const QRegularExpression separators(QStringLiteral("[,;，；、\\s]+"));
    QStringList keys;
    for (const QString &name : valueToString(record[inferredFields]).split(separators, Qt::SkipEmptyParts)) {
        int found = -1;
        for (int i = 0; i < fields.size() && found < 0; ++i)
            for (const HeaderAlias &a : fields[i].aliases)
                if (normaliseHeader(a.header) == normaliseHeader(name)) {
                    found = i;
                    break;
                }
        if (found < 0 || found == confidence || found == confidenceNote || found == inferredFields) {
            QStringList known;
            for (const FieldSpec &f : fields)
                if (f.key != QLatin1String("confidence") && f.key != QLatin1String("confidence_note") && f.key != QLatin1String("inferred_fields")
                    && f.key != QLatin1String("source"))
                    known << f.key;
            problems.append({inferredFields, QCoreApplication::translate("ImportKind", "expected field names of this kind (%1), found “%2”")
                                                 .arg(known.join(QStringLiteral(", ")), name)});
            return;
        }
        if (!keys.contains(fields[found].key))
            keys << fields[found].key;
    }
    record.values[size_t(inferredFields)] = keys.join(u',').toUtf8();
}

QString ImportKind::displayTitle() const
{
    return QCoreApplication::translate("ImportKind", title);
}

const ImportKind *ImportKindRegistry::find(const QString &id)
{
    for (const ImportKind &k : all())
        if (k.id == id)
            return &k;
    return nullptr;
}

} // namespace zhisuan::db
