// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "lab.h"

#include <memory>

class SimulatedBackend;

/**
 * The lab on the simulated kernel, for a machine without IPVS or without the helper:
 * the same description, the director's table in a SimulatedBackend (no synthetic
 * traffic: the only clients are the lab's), and each request a connection from the
 * client's address that the simulated scheduler sends to a real server, opened and
 * closed as an HTTP fetch is, so wlc sees the closed ones as inactive as the kernel does.
 */
class SimulatedLab : public Lab
{
    Q_OBJECT
public:
    explicit SimulatedLab(QObject *parent = nullptr);
    ~SimulatedLab() override;

    void create(const LabDescription &description) override;
    void destroy() override;
    void sendRequests(int count) override;
    Backend *director() const override;
    bool isSimulated() const override { return true; }

private:
    std::unique_ptr<SimulatedBackend> m_backend;
    std::uint16_t m_nextPort = 0;
};
