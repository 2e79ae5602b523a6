#pragma once

// What the import tests of tests/db share: a report's errors as one text for QVERIFY2, a result's message, and a file
// written into the test's temporary folder.

#include "importjob.h"
#include "result.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace zhisuan::test {

// Every error of an import, one a line, as the user reads them (file:line:column: message).
inline QString errorsText(const db::ImportReport &r)
{
    QStringList lines;
    for (const db::ImportIssue &e : r.errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// The message of a failed result, empty for a success.
template<typename T>
QString errorOf(const db::Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// Writes `bytes` to `name` in `dir` and returns its path, or an empty path when it cannot.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace zhisuan::test
