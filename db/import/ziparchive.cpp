#include "ziparchive.h"

#include <QCoreApplication>

#include <minizip/unzip.h>

namespace zhisuan::db {

namespace {

// minizip's file functions over an ImportInput: positional reads, no writes. The "file" minizip opens is a cursor.
struct Cursor
{
    const ImportInput *input = nullptr;
    qint64 position = 0;
    bool failed = false;
};

voidpf openInput(voidpf opaque, const void *, int)
{
    return new Cursor{static_cast<const ImportInput *>(opaque), 0, false};
}

uLong readInput(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *c = static_cast<Cursor *>(stream);
    const auto got = c->input->read(c->position, static_cast<char *>(buf), qint64(size));
    if (!got) {
        c->failed = true;
        return 0;
    }
    c->position += got.value();
    return uLong(got.value());
}

uLong writeInput(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T tellInput(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<Cursor *>(stream)->position);
}

long seekInput(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *c = static_cast<Cursor *>(stream);
    qint64 to = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        to = qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        to = c->position + qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        to = c->input->size() + qint64(offset);
        break;
    default:
        return -1;
    }
    if (to < 0 || to > c->input->size())
        return -1;
    c->position = to;
    return 0;
}

int closeInput(voidpf, voidpf stream)
{
    delete static_cast<Cursor *>(stream);
    return 0;
}

int errorInput(voidpf, voidpf stream)
{
    return static_cast<Cursor *>(stream)->failed ? 1 : 0;
}

Error workbookError(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

Error damaged(int code)
{
    return workbookError(QStringLiteral("workbook-damaged"),
                         QCoreApplication::translate("Workbook", "the workbook is damaged or cut off (its zip archive cannot be read: "
                                                                 "minizip error %1)")
                             .arg(code));
}

Error encrypted()
{
    return workbookError(QStringLiteral("workbook-encrypted"),
                         QCoreApplication::translate("Workbook", "the workbook is encrypted: open it in Excel, remove the password and save it again"));
}

} // namespace

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(std::shared_ptr<const ImportInput> input)
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openInput;
    functions.zread_file = readInput;
    functions.zwrite_file = writeInput;
    functions.ztell64_file = tellInput;
    functions.zseek64_file = seekInput;
    functions.zclose_file = closeInput;
    functions.zerror_file = errorInput;
    functions.opaque = const_cast<ImportInput *>(input.get()); // read only: the functions above never write
    unzFile archive = unzOpen2_64("input", &functions);
    if (!archive)
        return workbookError(QStringLiteral("workbook-damaged"),
                             QCoreApplication::translate("Workbook", "the workbook is damaged or cut off: its zip archive's directory "
                                                                     "cannot be read"));
    std::unique_ptr<ZipArchive> zipArchive(new ZipArchive);
    zipArchive->m_zip = archive;
    zipArchive->m_input = std::move(input);
    // The names, from the central directory (bounded: an .xlsx has a few dozen parts).
    int status = unzGoToFirstFile(archive);
    while (status == UNZ_OK) {
        if (zipArchive->m_names.size() >= 100000)
            return workbookError(QStringLiteral("workbook-too-large"),
                                 QCoreApplication::translate("Workbook", "the workbook's zip archive holds more than 100,000 parts: refused"));
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(archive, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return damaged(status);
        zipArchive->m_names << QString::fromUtf8(name);
        status = unzGoToNextFile(archive);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return damaged(status);
    return zipArchive;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::contains(const QString &name) const
{
    return m_names.contains(name);
}

ZipArchive::Part::~Part()
{
    if (m_zip)
        unzCloseCurrentFile(m_zip);
}

Result<std::unique_ptr<ZipArchive::Part>> ZipArchive::part(const QString &name, qint64 limit) const
{
    if (!contains(name) || unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return workbookError(QStringLiteral("workbook-damaged"),
                             QCoreApplication::translate("Workbook", "the workbook is damaged: its part “%1” is missing").arg(name));
    unz_file_info64 info;
    if (const int status = unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0); status != UNZ_OK)
        return damaged(status);
    if (info.flag & 1)
        return encrypted();
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        return workbookError(QStringLiteral("workbook-damaged"),
                             QCoreApplication::translate("Workbook", "the workbook is compressed with a method ZhiSuan cannot read (%1): save "
                                                                     "it again in Excel")
                                 .arg(info.compression_method));
    const qint64 bound = qMin(limit, kMaxPartBytes);
    if (info.uncompressed_size > quint64(bound))
        return workbookError(QStringLiteral("workbook-too-large"),
                             QCoreApplication::translate("Workbook", "the workbook's part “%1” would inflate to %2 MB, more than the %3 MB "
                                                                     "ZhiSuan reads: refused (a zip bomb, or far more than a sheet holds)")
                                 .arg(name)
                                 .arg(qint64(info.uncompressed_size >> 20))
                                 .arg(bound >> 20));
    if (const int status = unzOpenCurrentFile(m_zip); status != UNZ_OK)
        return damaged(status);
    std::unique_ptr<Part> p(new Part);
    p->m_zip = m_zip;
    p->m_name = name;
    p->m_compressed = qint64(info.compressed_size);
    p->m_size = qint64(info.uncompressed_size);
    p->m_limit = bound;
    return p;
}

Result<qint64> ZipArchive::Part::readInto(QByteArray &out, qint64 max)
{
    if (m_done)
        return qint64(0);
    const qsizetype before = out.size();
    out.resize(before + max);
    const int got = unzReadCurrentFile(m_zip, out.data() + before, unsigned(qMin<qint64>(max, 1 << 30)));
    if (got < 0) {
        out.resize(before);
        return damaged(got);
    }
    out.resize(before + got);
    m_inflated += got;
    if (got == 0) {
        // The end: the whole part was inflated, and its CRC is checked now (a part cut off or altered fails here).
        m_done = true;
        const int status = unzCloseCurrentFile(m_zip);
        m_zip = nullptr;
        if (status != UNZ_OK || m_inflated != m_size)
            return damaged(status == UNZ_OK ? UNZ_BADZIPFILE : status);
        return qint64(0);
    }
    if (m_inflated > m_limit || (m_inflated > kRatioFloor && m_inflated > kMaxRatio * qMax<qint64>(m_compressed, 1)))
        return workbookError(QStringLiteral("workbook-too-large"),
                             QCoreApplication::translate("Workbook", "the workbook's part “%1” inflates to more than %2 MB from %3 KB: refused "
                                                                     "as a zip bomb")
                                 .arg(m_name)
                                 .arg(m_inflated >> 20)
                                 .arg(m_compressed >> 10));
    return qint64(got);
}

Result<QByteArray> ZipArchive::readAll(const QString &name, qint64 limit) const
{
    auto opened = part(name, limit);
    if (!opened)
        return opened.error();
    QByteArray all;
    for (;;) {
        auto got = opened.value()->readInto(all, 1 << 20);
        if (!got)
            return got.error();
        if (got.value() == 0)
            return all;
    }
}

} // namespace zhisuan::db
