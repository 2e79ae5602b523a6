#include "sha256hasher.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define ZHISUAN_SHA_NI 1
#endif

namespace zhisuan::db {

namespace {

constexpr uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef ZHISUAN_SHA_NI
alignas(16) constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
    0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// Whole 64-byte blocks through the SHA-NI rounds: four rounds per step, the message schedule in a ring of four vectors.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(uint32_t state[8], const unsigned char *data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xB1); // CDAB
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1B); // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);   // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);        // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int j = 0; j < 16; ++j) {
            const __m128i msg = _mm_add_epi32(w[j & 3], _mm_load_si128(reinterpret_cast<const __m128i *>(&kRound[4 * j])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));
            if (j < 12) { // the words of rounds 4j+16 … 4j+19
                __m128i next = _mm_sha256msg1_epu32(w[j & 3], w[(j + 1) & 3]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(w[(j + 3) & 3], w[(j + 2) & 3], 4));
                w[j & 3] = _mm_sha256msg2_epu32(next, w[(j + 3) & 3]);
            }
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);          // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);       // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);    // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);       // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}
#endif

} // namespace

bool Sha256Hasher::accelerated()
{
#ifdef ZHISUAN_SHA_NI
    static const bool yes = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
            return false;
        return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
    }();
    return yes;
#else
    return false;
#endif
}

Sha256Hasher::Sha256Hasher() : m_accelerated(accelerated())
{
    std::memcpy(m_state, kInitial, sizeof m_state);
}

void Sha256Hasher::addData(QByteArrayView data)
{
    if (!m_accelerated) {
        m_portable.addData(data);
        return;
    }
#ifdef ZHISUAN_SHA_NI
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    size_t n = size_t(data.size());
    m_length += n;
    if (m_blockSize > 0) {
        const size_t take = std::min(n, size_t(64 - m_blockSize));
        std::memcpy(m_block + m_blockSize, p, take);
        m_blockSize += int(take);
        p += take;
        n -= take;
        if (m_blockSize < 64)
            return;
        compress(m_state, m_block, 1);
        m_blockSize = 0;
    }
    compress(m_state, p, n / 64);
    std::memcpy(m_block, p + n / 64 * 64, n % 64);
    m_blockSize = int(n % 64);
#endif
}

QByteArray Sha256Hasher::result() const
{
    if (!m_accelerated)
        return m_portable.result();
#ifdef ZHISUAN_SHA_NI
    // Padding: 0x80, zeros up to 56 bytes of the last block, the length in bits (big-endian).
    uint32_t state[8];
    std::memcpy(state, m_state, sizeof state);
    unsigned char tail[128] = {};
    std::memcpy(tail, m_block, size_t(m_blockSize));
    tail[m_blockSize] = 0x80;
    const size_t tailBlocks = m_blockSize < 56 ? 1 : 2;
    const quint64 bits = m_length * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    compress(state, tail, tailBlocks);
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        for (int k = 0; k < 4; ++k)
            out[4 * i + k] = char(state[i] >> (24 - 8 * k));
    return out;
#else
    return {};
#endif
}

} // namespace zhisuan::db
