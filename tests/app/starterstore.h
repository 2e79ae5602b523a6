#pragma once

// What the GUI tests start from: test-mode settings of their own (cleared), and a store in a temporary
// directory loaded with the starter dataset through the real importer.

#include "starterdataset.h"
#include "store.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

#include <memory>

namespace teststore {

// Returns null (and says why) when the store cannot be created or a starter file fails to import.
inline std::unique_ptr<zhisuan::db::Store> openWithStarterData(const QString &path, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuanTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    auto store = zhisuan::db::Store::open(path);
    if (!store.ok()) {
        qWarning() << store.error().message;
        return nullptr;
    }
    std::unique_ptr<zhisuan::db::Store> s = std::move(store).value();
    for (const auto &r : zhisuan::db::StarterDataset::load(*s)) {
        if (!r.ok()) {
            qWarning() << r.file << "did not import";
            return nullptr;
        }
    }
    return s;
}

} // namespace teststore
