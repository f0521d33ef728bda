// SPDX-License-Identifier: GPL-2.0-or-later
#include "realserver.h"

bool RealServer::sameConfiguration(const RealServer &other) const
{
    const bool tunnelled = forwarding == ForwardingMethod::Tunnelling;
    return sameKey(other) && forwarding == other.forwarding && weight == other.weight
        && upperThreshold == other.upperThreshold && lowerThreshold == other.lowerThreshold
        && (!tunnelled
            || (tunnelType == other.tunnelType && tunnelPort == other.tunnelPort
                && tunnelChecksum == other.tunnelChecksum));
}
