#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace zhisuan::db {

// SHA-256 of a file as it is imported (the batch record's checksum), by OpenSSL's libcrypto, which uses the CPU's
// SHA extensions (x86 SHA-NI, ARMv8 SHA2) where it has them: QCryptographicHash's portable code was 12% of a
// 12.5M-row import's CPU on the hashing thread, competing with the import for two shared cores (issue 14).
class Sha256Hasher
{
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher &) = delete;
    Sha256Hasher &operator=(const Sha256Hasher &) = delete;

    void addData(QByteArrayView data);
    QByteArray result() const; // 32 bytes; more data may be added afterwards

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
    bool m_failed = false; // libcrypto refused (out of memory): result() is empty
};

} // namespace zhisuan::db
