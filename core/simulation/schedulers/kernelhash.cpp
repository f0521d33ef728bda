// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelhash.h"

#include <bit>

namespace {
struct SipState {
    std::uint64_t v0;
    std::uint64_t v1;
    std::uint64_t v2;
    std::uint64_t v3;

    void round()
    {
        v0 += v1;
        v1 = std::rotl(v1, 13);
        v1 ^= v0;
        v0 = std::rotl(v0, 32);
        v2 += v3;
        v3 = std::rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = std::rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = std::rotl(v1, 17);
        v1 ^= v2;
        v2 = std::rotl(v2, 32);
    }
};

std::uint64_t loadLittleEndian(const std::uint8_t *bytes, std::size_t count)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < count; ++i)
        value |= std::uint64_t(bytes[i]) << (8 * i);
    return value;
}
} // namespace

std::uint32_t KernelHash::foldedAddress(const IpAddress &address)
{
    if (address.isV6())
        return address.word(0) ^ address.word(1) ^ address.word(2) ^ address.word(3);
    return address.word(0);
}

std::uint32_t KernelHash::hsiphash(const std::uint8_t *data, std::size_t length, HsipKey key)
{
    // The SipHash constants "somepseudorandomlygeneratedbytes", keyed as PREAMBLE does.
    SipState s{0x736f6d6570736575ULL ^ key.k0, 0x646f72616e646f6dULL ^ key.k1,
               0x6c7967656e657261ULL ^ key.k0, 0x7465646279746573ULL ^ key.k1};
    std::uint64_t last = std::uint64_t(length) << 56;
    const std::size_t whole = length - length % 8;
    for (std::size_t i = 0; i < whole; i += 8) {
        const std::uint64_t m = loadLittleEndian(data + i, 8);
        s.v3 ^= m;
        s.round();
        s.v0 ^= m;
    }
    last |= loadLittleEndian(data + whole, length % 8);
    // HPOSTAMBLE: one compression round and three finalization rounds.
    s.v3 ^= last;
    s.round();
    s.v0 ^= last;
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    return std::uint32_t((s.v0 ^ s.v1) ^ (s.v2 ^ s.v3));
}

std::uint32_t KernelHash::hsiphash(std::uint32_t value, HsipKey key)
{
    const std::uint8_t bytes[4] = {std::uint8_t(value), std::uint8_t(value >> 8), std::uint8_t(value >> 16),
                                   std::uint8_t(value >> 24)};
    return hsiphash(bytes, sizeof bytes, key);
}

int KernelHash::fls(std::uint32_t value)
{
    return 32 - std::countl_zero(value);
}

int KernelHash::gcd(int a, int b)
{
    while (b != 0) {
        const int r = a % b;
        a = b;
        b = r;
    }
    return a;
}
