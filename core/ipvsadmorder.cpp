// SPDX-License-Identifier: GPL-2.0-or-later
#include "ipvsadmorder.h"

#include <cstdint>
#include <vector>

namespace {
// What C does with `int r = u32 - u32;` on every platform we build for.
int wrappingDifference(std::uint32_t a, std::uint32_t b)
{
    return static_cast<int>(static_cast<std::int32_t>(a - b));
}

// ipvsadm compares by the first entry's family: all four words for IPv6, else the
// first word only (where an IPv4 address lives in the kernel's 16-byte union).
int compareAddresses(const IpAddress &a, const IpAddress &b)
{
    const int words = a.isV6() ? 4 : 1;
    int r = 0;
    for (int i = 0; r == 0 && i < words; ++i)
        r = wrappingDifference(a.word(i), b.word(i));
    return r;
}

// glibc 2.36 msort_with_tmp: split n/2, sort both halves, merge taking from the left
// half while compare(left, right) <= 0.
template<typename T, typename Compare>
void mergeSort(std::vector<T> &items, size_t begin, size_t count, std::vector<T> &scratch, Compare compare)
{
    if (count <= 1)
        return;
    const size_t leftCount = count / 2;
    const size_t rightCount = count - leftCount;
    mergeSort(items, begin, leftCount, scratch, compare);
    mergeSort(items, begin + leftCount, rightCount, scratch, compare);

    size_t left = begin, right = begin + leftCount;
    const size_t leftEnd = right, rightEnd = begin + count;
    scratch.clear();
    while (left < leftEnd && right < rightEnd) {
        if (compare(items[left], items[right]) <= 0)
            scratch.push_back(items[left++]);
        else
            scratch.push_back(items[right++]);
    }
    while (left < leftEnd)
        scratch.push_back(items[left++]);
    // What is left of the right half is already in place.
    std::copy(scratch.begin(), scratch.end(), items.begin() + begin);
}

template<typename T, typename Compare>
QList<const T *> sortedPointers(const QList<T> &list, Compare compare)
{
    std::vector<const T *> items;
    items.reserve(list.size());
    for (const T &item : list)
        items.push_back(&item);
    std::vector<const T *> scratch;
    scratch.reserve(items.size());
    mergeSort(items, 0, items.size(), scratch,
              [&](const T *a, const T *b) { return compare(*a, *b); });
    return QList<const T *>(items.begin(), items.end());
}

int familyNumber(IpAddress::Family family)
{
    return family == IpAddress::Family::V6 ? 10 : 2; // AF_INET6, AF_INET
}
} // namespace

int IpvsadmOrder::compareServices(const VirtualService &a, const VirtualService &b)
{
    int r = wrappingDifference(a.firewallMark, b.firewallMark);
    if (r != 0)
        return r;
    r = familyNumber(a.family()) - familyNumber(b.family());
    if (r != 0)
        return r;
    // The kernel reports no protocol, address or port for a fwmark service.
    if (a.isFirewallMark())
        return 0;
    r = int(a.protocol) - int(b.protocol);
    if (r != 0)
        return r;
    r = compareAddresses(a.address, b.address);
    if (r != 0)
        return r;
    return int(a.port) - int(b.port);
}

int IpvsadmOrder::compareRealServers(const RealServer &a, const RealServer &b)
{
    const int r = compareAddresses(a.address, b.address);
    if (r != 0)
        return r;
    return int(a.port) - int(b.port);
}

QList<const VirtualService *> IpvsadmOrder::services(const IpvsTable &table)
{
    return sortedPointers(table.services, compareServices);
}

QList<const RealServer *> IpvsadmOrder::realServers(const VirtualService &service)
{
    return sortedPointers(service.realServers, compareRealServers);
}
