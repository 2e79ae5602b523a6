#include "presetrepository.h"

#include "importkind.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

Result<QList<UserPreset>> PresetRepository::list(Store &store)
{
    QList<UserPreset> presets;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT name, kind, mapping FROM import_preset ORDER BY name")))
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot read the presets"), q.lastError());
    while (q.next()) {
        UserPreset p;
        p.name = q.value(0).toString();
        p.kind = q.value(1).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            p.mapping.insert(it.key(), it.value().toString());
        presets.append(p);
    }
    return presets;
}

Result<void> PresetRepository::save(Store &store, const UserPreset &preset)
{
    if (!ImportKindRegistry::find(preset.kind))
        return Error{QStringLiteral("kind"), QCoreApplication::translate("ImportJob", "unknown kind “%1”").arg(preset.kind), {}};
    QJsonObject o;
    for (auto it = preset.mapping.begin(); it != preset.mapping.end(); ++it)
        o.insert(it.key(), it.value());
    QSqlQuery q(store.database());
    const bool prepared = q.prepare(QStringLiteral("INSERT INTO import_preset(name,kind,mapping,created_at) VALUES(?,?,?,?) "
                             "ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, mapping=excluded.mapping"));
    q.addBindValue(preset.name);
    q.addBindValue(preset.kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!prepared || !q.exec())
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot save the preset"), q.lastError());
    return {};
}

Result<void> PresetRepository::remove(Store &store, const QString &name)
{
    QSqlQuery q(store.database());
    const bool prepared = q.prepare(QStringLiteral("DELETE FROM import_preset WHERE name=?"));
    q.addBindValue(name);
    if (!prepared || !q.exec())
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot delete the preset"), q.lastError());
    return {};
}

} // namespace zhisuan::db
