// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "lab.h"

#include <QDBusConnection>

#include <memory>

class HelperBackend;
class Lab1Proxy;

/**
 * The lab the helper builds on this machine's kernel (org.lvsstudio.Lab1), its
 * director's table a HelperBackend on the object path CreateLab answers with. Creating
 * and removing may ask for a password (polkit's org.lvsstudio.lab).
 */
class HelperLab : public Lab
{
    Q_OBJECT
public:
    explicit HelperLab(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~HelperLab() override;

    void create(const LabDescription &description) override;
    void destroy() override;
    void sendRequests(int count) override;
    Backend *director() const override;
    bool isSimulated() const override { return false; }

    /// Asks the helper whether a lab exists (one a closed window left, say) and adopts it;
    /// answers with created() if one does.
    void adopt();

private:
    void attach(const LabDescription &description, const QString &path);

    QDBusConnection m_bus;
    std::unique_ptr<Lab1Proxy> m_proxy;
    std::unique_ptr<HelperBackend> m_director;
};
