#include "sha256hasher.h"

#include <openssl/evp.h>

namespace zhisuan::db {

void Sha256Hasher::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256Hasher::Sha256Hasher() : m_context(EVP_MD_CTX_new())
{
    m_failed = !m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1;
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::addData(QByteArrayView data)
{
    if (!m_failed && !data.isEmpty())
        m_failed = EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size())) != 1;
}

QByteArray Sha256Hasher::result() const
{
    if (m_failed)
        return {};
    // Finalised on a copy, so that the hasher can take more data.
    std::unique_ptr<evp_md_ctx_st, Free> copy(EVP_MD_CTX_new());
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_context.get()) != 1
        || EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char *>(digest.data()), &size) != 1)
        return {};
    digest.truncate(int(size));
    return digest;
}

} // namespace zhisuan::db
