#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <cstdint>

namespace zhisuan::db {

// SHA-256 of a file as it is imported (the batch record's checksum). With the CPU's SHA extensions (x86 SHA-NI) it
// runs several times faster than QCryptographicHash's portable code, which was 12% of a 12.5M-row import's CPU on the
// hashing thread, competing with the import for two shared cores (issue 14); without them it is QCryptographicHash.
class Sha256Hasher
{
public:
    Sha256Hasher();
    void addData(QByteArrayView data);
    QByteArray result() const; // 32 bytes
    // Whether this CPU takes the SHA-NI path (the tests compare both paths where it does).
    static bool accelerated();
    void setAccelerated(bool on) { m_accelerated = on && accelerated(); } // tests: force the portable path

private:
    bool m_accelerated;
    QCryptographicHash m_portable{QCryptographicHash::Sha256};
    uint32_t m_state[8];
    unsigned char m_block[64];
    int m_blockSize = 0;
    quint64 m_length = 0; // bytes
};

} // namespace zhisuan::db
