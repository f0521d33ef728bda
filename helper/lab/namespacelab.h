// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "labresponder.h"
#include "labrunner.h"

#include <memory>
#include <vector>

class NetlinkIpvs;

/// The lab on the real kernel: core's LabCommands carried out step by step.
class NamespaceLab : public LabRunner
{
public:
    NamespaceLab();
    ~NamespaceLab() override;

    bool build(const LabDescription &lab, QString *error) override;
    bool start(const LabDescription &lab, QString *error) override;
    void stop() override;
    QStringList teardown(QString *error) override;
    QList<LabAnswer> fetch(const LabDescription &lab, int count, std::uint16_t firstPort) override;
    IpvsKernel &director() override;

private:
    std::vector<std::unique_ptr<LabResponder>> m_responders;
    std::unique_ptr<NetlinkIpvs> m_director;
};
