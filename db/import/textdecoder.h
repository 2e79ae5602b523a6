#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace zhisuan::db {

// Turns a file's bytes into UTF-8. Wind and iFinD export GBK/GB18030 on Chinese Windows, hand-written
// files are UTF-8 with or without a BOM: detect (BOM, strict UTF-8 check, then uchardet), let the user
// override, and convert with iconv (GB18030 covers GBK and GB2312).
class TextDecoder
{
public:
    // "UTF-8" or "GB18030" or another iconv name; GBK/GB2312 are reported as GB18030.
    static QString detect(const QByteArray &bytes);
    // The rest of detect() for bytes known not to be valid UTF-8 throughout (a file read in windows), judged from
    // their first megabyte: mostly valid UTF-8 with a stray byte, or what uchardet says (GB18030 unless East-Asian).
    static QString detectNotUtf8(QByteArrayView bytes);
    static bool isValidUtf8(const QByteArray &bytes);
    // Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    // encoding empty = detect. The result has no BOM.
    static Result<QByteArray> toUtf8(const QByteArray &bytes, const QString &encoding);
    // Detects and converts in one go: a file found to be valid UTF-8 is not validated a second time.
    static Result<QByteArray> toUtf8Detected(const QByteArray &bytes, QString *encoding);
};

} // namespace zhisuan::db
