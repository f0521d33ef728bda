// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipaddress.h"

#include <cstddef>
#include <cstdint>

/**
 * The kernel's hash arithmetic as an x86_64 kernel computes it, for the hashing
 * schedulers (sh, dh, mh, lblc, lblcr).
 */
namespace KernelHash {

/// include/linux/hash.h GOLDEN_RATIO_32; x86 has no arch-specific hash_32.
constexpr std::uint32_t goldenRatio32 = 0x61C88647u;

/// hash_32(): the top `bits` bits of the 32-bit product.
constexpr std::uint32_t hash32(std::uint32_t value, int bits)
{
    return (value * goldenRatio32) >> (32 - bits);
}

/**
 * ntohl(addr_fold) as ip_vs_sh/dh/mh/lblc compute it: the IPv4 address in host
 * order, or the XOR of the four words of an IPv6 address.
 */
std::uint32_t foldedAddress(const IpAddress &address);

/// hsiphash_key_t on a 64-bit kernel: two unsigned longs.
struct HsipKey {
    std::uint64_t k0;
    std::uint64_t k1;
};

/**
 * hsiphash() on a 64-bit kernel, which is SipHash-1-3 truncated to 32 bits
 * (lib/siphash.c), over `length` bytes read little-endian.
 */
std::uint32_t hsiphash(const std::uint8_t *data, std::size_t length, HsipKey key);
/// hsiphash(&value, sizeof(value), key) for a u32 in x86 memory order.
std::uint32_t hsiphash(std::uint32_t value, HsipKey key);

/// fls(): the 1-based index of the highest set bit, 0 for 0.
int fls(std::uint32_t value);
/// gcd() of lib/math/gcd.c for positive values.
int gcd(int a, int b);

} // namespace KernelHash
