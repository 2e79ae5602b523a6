#pragma once

#include "importplan.h"
#include "result.h"

#include <QList>
#include <QString>

namespace zhisuan::db {

class Store;

// Users' saved column mappings (import_preset): chosen by name in the import wizard and with --preset.
class PresetRepository
{
public:
    static Result<QList<UserPreset>> list(Store &store);
    static Result<void> save(Store &store, const UserPreset &preset);
    static Result<void> remove(Store &store, const QString &name);
};

} // namespace zhisuan::db
